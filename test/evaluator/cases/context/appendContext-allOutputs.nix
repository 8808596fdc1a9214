let
  drv = derivation { name = "ctx"; system = "x"; builder = "/b"; };
  key = builtins.unsafeDiscardStringContext drv.drvPath;
in
builtins.getContext (builtins.appendContext "" { ${key} = { allOutputs = true; }; })
