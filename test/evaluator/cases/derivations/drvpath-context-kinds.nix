let d = derivation { name = "k"; system = "x"; builder = "/b"; }; in [ (builtins.getContext d.drvPath) (builtins.getContext d.outPath) ]
