(derivation { name = "x"; system = "x"; builder = "/b"; f = x: x; }).drvPath
