let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.getContext drv.outPath
