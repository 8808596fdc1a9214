(derivation { name = "x"; system = "x"; builder = "/b"; s = { a = 1; }; }).drvPath
