let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; s = builtins.unsafeDiscardStringContext "${drv}"; in [ s (builtins.hasContext s) ]
