let
  mk = b: derivation { name = "fo"; system = "x"; builder = b; outputHashAlgo = "sha256"; outputHash = "d9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5"; };
  x = mk "/bin/one";
  y = mk "/bin/two";
in [ (x.outPath == y.outPath) (x.drvPath == y.drvPath) ]
