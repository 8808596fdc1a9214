(derivation { name = "o"; system = "x"; builder = "/b"; outputs = [ "z" "a" "m" ]; }).drvPath
