let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.hasContext "${drv}"
