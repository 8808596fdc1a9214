let drv = derivation { name = "x"; system = "x"; builder = "/b"; }; in "${drv}" == drv.outPath
