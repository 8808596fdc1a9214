let x = [ x ]; in builtins.toJSON x
