let
  a = derivation { name = "in"; system = "x"; builder = "/b"; __ignoreNulls = true; x = null; };
  b = derivation { name = "in"; system = "x"; builder = "/b"; };
in [ (a.drvPath == b.drvPath) a.drvPath ]
