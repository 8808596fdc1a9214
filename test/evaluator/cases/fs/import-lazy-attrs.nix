(import ../../fixtures/throws.nix).ok
