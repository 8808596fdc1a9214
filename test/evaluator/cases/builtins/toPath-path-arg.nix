builtins.toPath ./a/../b
