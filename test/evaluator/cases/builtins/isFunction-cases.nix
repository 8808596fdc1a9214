map builtins.isFunction [ (x: x) builtins.add (builtins.add 1) { __functor = self: x: x; } 1 ]
