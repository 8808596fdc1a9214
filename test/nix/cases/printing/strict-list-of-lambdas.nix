[ (x: x) builtins.map ]
