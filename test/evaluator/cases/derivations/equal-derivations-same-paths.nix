let mk = _: derivation { name = "same"; system = "x"; builder = "/b"; }; in (mk 1).drvPath == (mk 2).drvPath
