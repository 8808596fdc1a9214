./foo/bar.nix
