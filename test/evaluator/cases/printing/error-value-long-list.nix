builtins.length (builtins.genList (x: x) 30 ++ 1)
