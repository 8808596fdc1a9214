# flags: --eval --xml --strict
derivation { name = "a"; system = "x"; builder = "/b"; }
