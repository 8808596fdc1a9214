let d = derivation { name = "lazy"; system = "x"; builder = "/b"; bad = throw "forced"; }; in d.name
