builtins.storePath "/nix/store/short-foo"
