let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in { ${"${drv}"} = 1; }
