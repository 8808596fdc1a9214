let d = derivation { name = "sep"; system = "x"; builder = "/b"; }; in builtins.hasContext (builtins.concatStringsSep "${d}" [ "a" "b" ])
