[ (builtins.lessThan 1 1.5) (builtins.lessThan 2.5 2) ]
