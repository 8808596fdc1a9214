(derivation { name = "bad"; system = "x"; builder = "/b"; outputHashAlgo = "sha256"; outputHash = "notahash"; }).drvPath
