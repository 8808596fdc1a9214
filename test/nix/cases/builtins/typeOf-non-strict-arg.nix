builtins.typeOf (throw "x")
