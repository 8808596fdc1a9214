import ../../fixtures/error-in-import.nix
