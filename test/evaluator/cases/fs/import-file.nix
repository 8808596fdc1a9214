import ../../fixtures/attrs.nix
