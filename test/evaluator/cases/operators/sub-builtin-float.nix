[ (builtins.sub 5 2) (builtins.sub 5 2.5) (builtins.mul 3 4) (builtins.div 9 2) (builtins.add 1 1.0) ]
