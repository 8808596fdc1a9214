(derivation { name = "ca"; system = "x"; builder = "/b"; __contentAddressed = true; outputHashMode = "recursive"; outputHashAlgo = "sha256"; }).drvPath
