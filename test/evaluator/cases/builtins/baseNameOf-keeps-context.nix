let drv = derivation { name = "x"; system = "x"; builder = "/b"; }; in builtins.hasContext (builtins.baseNameOf "${drv}/bin/foo")
