(derivation { name = "foo.drv"; system = "x"; builder = "/b"; }).drvPath
