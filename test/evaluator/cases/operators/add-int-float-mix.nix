[ (1 + 2.5) (2.5 + 1) (builtins.typeOf (1 + 1.0)) ]
