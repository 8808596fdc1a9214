let drv = derivation { name = "x"; system = "x"; builder = "/b"; }; in ./a + "${drv}"
