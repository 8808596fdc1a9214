let
  m = derivation { name = "m"; system = "x"; builder = "/b"; outputs = [ "out" "dev" ]; };
  u = derivation { name = "u"; system = "x"; builder = "/b"; d = m.dev; };
  v = derivation { name = "u"; system = "x"; builder = "/b"; d = m.out; };
in [ u.drvPath v.drvPath ]
