(derivation { name = "u"; system = "x"; builder = "/b"; greeting = "héllo ✓"; }).drvPath
