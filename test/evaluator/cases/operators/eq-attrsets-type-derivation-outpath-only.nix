{ type = "derivation"; outPath = "/x"; foo = 1; } == { type = "derivation"; outPath = "/x"; foo = 2; }
