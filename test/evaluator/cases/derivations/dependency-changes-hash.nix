let
  dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; };
  app = derivation { name = "app"; system = "x86_64-linux"; builder = "/bin/sh"; input = dep; };
in [ dep.drvPath dep.outPath app.drvPath app.outPath ]
