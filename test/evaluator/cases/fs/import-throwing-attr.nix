(import ../../fixtures/throws.nix).bad
