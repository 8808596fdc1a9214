let d = derivation { name = "structured"; system = "x86_64-linux"; builder = "/bin/sh"; __structuredAttrs = true; nested = { a = [ 1 2 { b = null; } ]; f = 1.5; }; }; in [ d.drvPath d.outPath ]
