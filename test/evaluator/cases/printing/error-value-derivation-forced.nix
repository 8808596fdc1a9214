let d = derivation { name = "ev"; system = "x"; builder = "/b"; }; in builtins.deepSeq d.drvPath (builtins.head d)
