let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.hasContext (builtins.substring 0 0 "${drv}")
