(derivation { name = "srcdir"; system = "x"; builder = "/b"; src = ../../fixtures/dir; }).drvPath
