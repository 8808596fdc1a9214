builtins.derivationStrict { name = "ds"; system = "x"; builder = "/b"; outputs = [ "out" "doc" ]; }
