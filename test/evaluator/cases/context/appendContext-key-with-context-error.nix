let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.appendContext "" { ${drv.drvPath} = { path = true; }; }
