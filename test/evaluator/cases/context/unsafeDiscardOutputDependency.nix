let drv = derivation { name = "ctx"; system = "x"; builder = "/b"; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency drv.drvPath)
