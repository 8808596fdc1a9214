(derivation { name = "d"; system = "x"; builder = "/b"; outputs = [ "drv" ]; }).drvPath
