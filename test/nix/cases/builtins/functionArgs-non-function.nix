builtins.functionArgs 1
