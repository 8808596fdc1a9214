(derivation { name = "x"; system = "x"; }).drvPath
