[ (builtins.floor 1.0e15) (builtins.ceil (-0.5)) (builtins.floor (-0.0)) ]
