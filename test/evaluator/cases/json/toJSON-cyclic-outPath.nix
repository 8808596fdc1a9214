let x = { outPath = x; }; in builtins.toJSON x
