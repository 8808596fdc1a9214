import ./missing.nix
