builtins.div 1.5 0.0
