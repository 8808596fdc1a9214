let drv = derivation { name = "x"; system = "x"; builder = "/b"; }; in builtins.toFile "b" "${drv}"
