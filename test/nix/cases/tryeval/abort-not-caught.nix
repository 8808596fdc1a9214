builtins.tryEval (abort "a")
