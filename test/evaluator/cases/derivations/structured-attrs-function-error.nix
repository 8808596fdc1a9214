(derivation { name = "s"; system = "x"; builder = "/b"; __structuredAttrs = true; f = x: x; }).drvPath
