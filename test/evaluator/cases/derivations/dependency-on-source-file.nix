(derivation { name = "src"; system = "x"; builder = "/b"; src = ../../fixtures/files/hello.txt; }).drvPath
