builtins.addErrorContext "outer" (builtins.addErrorContext "inner" ({ }.missing))
