derivation { name = "dup"; system = "x"; builder = "/b"; outputs = [ "out" "out" ]; }
