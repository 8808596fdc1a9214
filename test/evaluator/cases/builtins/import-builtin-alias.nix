builtins.import ../../fixtures/fn-plain.nix 2
