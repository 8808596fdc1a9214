let
  a = derivation { name = "a"; system = "x"; builder = "/b"; };
  b = derivation { name = "b"; system = "x"; builder = "/b"; deps = [ a ]; };
  c = derivation { name = "c"; system = "x"; builder = "/b"; deps = [ b "${a}/bin" ]; };
in [ c.drvPath c.outPath ]
