let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.match ".*-(ctx)" "${drv}"
