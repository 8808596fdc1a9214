(import ../../fixtures/fn-plain.nix) 3
