(derivation { name = "x"; system = "x"; builder = "/b"; s = { outPath = "/some"; }; }).drvPath
