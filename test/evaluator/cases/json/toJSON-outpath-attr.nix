builtins.toJSON { outPath = "/out"; x = 1; }
