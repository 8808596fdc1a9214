let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.hasContext (builtins.toJSON { p = drv; })
