let drv = derivation { name = "ifd"; system = "x"; builder = "/b"; }; in builtins.readFile "${drv}"
