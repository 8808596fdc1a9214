builtins.map (x: x)
