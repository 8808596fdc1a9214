builtins.getContext (builtins.appendContext "foo" { "/nix/store/00000000000000000000000000000000-x" = { path = false; }; })
