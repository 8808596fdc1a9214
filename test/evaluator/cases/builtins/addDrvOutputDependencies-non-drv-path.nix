builtins.addDrvOutputDependencies (builtins.toFile "t" "x")
