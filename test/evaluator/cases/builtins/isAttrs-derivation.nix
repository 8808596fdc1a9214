builtins.isAttrs (derivation { name = "x"; system = "x"; builder = "/b"; })
