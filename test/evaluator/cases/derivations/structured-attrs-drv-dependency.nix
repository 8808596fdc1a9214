let
  dep = derivation { name = "dep"; system = "x"; builder = "/b"; };
  d = derivation { name = "s"; system = "x"; builder = "/b"; __structuredAttrs = true; deps = [ dep ]; };
in d.drvPath
