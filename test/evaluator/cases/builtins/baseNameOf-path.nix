builtins.baseNameOf ./some/file.nix
