builtins.attrNames (builtins.derivationStrict { name = "d"; system = "x"; builder = "/b"; })
