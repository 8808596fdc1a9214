(derivation { name = "t"; system = "x"; builder = "/b"; outputHashMode = "text"; outputHashAlgo = "sha256"; outputHash = "d9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5"; }).drvPath
