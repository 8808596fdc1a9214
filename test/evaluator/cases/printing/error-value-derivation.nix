let d = derivation { name = "ev"; system = "x"; builder = "/b"; }; in builtins.head d
