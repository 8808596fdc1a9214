map builtins.isFloat [ 1.0 1 (1 + 0.0) (builtins.div 4 2) (builtins.div 4.0 2) ]
