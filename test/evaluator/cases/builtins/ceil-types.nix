[ (builtins.typeOf (builtins.ceil 1.2)) (builtins.typeOf (builtins.floor 7)) ]
