builtins.readDir ./nope
