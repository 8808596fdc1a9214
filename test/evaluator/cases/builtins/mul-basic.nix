[ (builtins.mul 6 7) (builtins.mul 2.5 2) (builtins.mul (-3) 3) ]
