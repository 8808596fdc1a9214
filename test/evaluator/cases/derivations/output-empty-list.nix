(derivation { name = "none"; system = "x"; builder = "/b"; outputs = [ ]; }).drvPath
