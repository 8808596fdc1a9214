builtins.head (x: x)
