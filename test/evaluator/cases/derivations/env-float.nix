(derivation { name = "f"; system = "x"; builder = "/b"; F = 1.5; }).drvPath
