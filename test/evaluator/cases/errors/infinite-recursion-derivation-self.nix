let d = derivation { name = "self"; system = "x"; builder = "/b"; x = d; }; in d.drvPath
