[ (builtins.sub 10 3) (builtins.sub 1.5 0.5) ]
