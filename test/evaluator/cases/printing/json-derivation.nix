# flags: --eval --strict --json
derivation { name = "a"; system = "x"; builder = "/b"; }
