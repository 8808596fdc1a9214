(derivation { name = "bad name!"; system = "x"; builder = "/b"; }).drvPath
