import ../../fixtures/relative-import.nix
