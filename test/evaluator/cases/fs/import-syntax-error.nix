import ../../fixtures/syntax-error.nix
