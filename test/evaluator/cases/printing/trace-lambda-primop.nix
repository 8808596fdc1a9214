builtins.trace [ (x: x) builtins.map (builtins.add 1) ] "done"
