let
  fo = b: derivation { name = "fo"; system = "x"; builder = b; outputHashAlgo = "sha256"; outputHash = "d9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5"; };
  use = f: derivation { name = "user"; system = "x"; builder = "/b"; src = f; };
in [ ((use (fo "/one")).drvPath == (use (fo "/two")).drvPath) ]
