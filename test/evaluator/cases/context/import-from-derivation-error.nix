let drv = derivation { name = "ifd"; system = "x"; builder = "/b"; }; in import drv
