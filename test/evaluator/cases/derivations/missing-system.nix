(derivation { name = "x"; builder = "/b"; }).drvPath
