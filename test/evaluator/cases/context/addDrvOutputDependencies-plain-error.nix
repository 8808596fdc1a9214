builtins.addDrvOutputDependencies "nocontext"
