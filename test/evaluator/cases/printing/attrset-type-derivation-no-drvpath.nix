{ type = "derivation"; x = 1; }
