(derivation { name = "pb"; system = "x"; builder = ../../fixtures/files/hello.txt; }).drvPath
