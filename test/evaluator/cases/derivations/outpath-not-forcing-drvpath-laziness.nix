let d = derivation { name = "lazy"; system = "x"; builder = "/b"; }; in d.name
