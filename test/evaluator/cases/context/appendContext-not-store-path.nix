builtins.appendContext "foo" { "/not/a/store/path" = { path = true; }; }
