let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${drv.dev} ${drv.out}"
