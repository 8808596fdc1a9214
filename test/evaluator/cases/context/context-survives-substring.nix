let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.getContext (builtins.substring 0 5 "${drv}")
