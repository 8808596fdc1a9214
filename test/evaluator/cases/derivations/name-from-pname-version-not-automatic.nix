derivation { pname = "p"; version = "1"; system = "x"; builder = "/b"; }
