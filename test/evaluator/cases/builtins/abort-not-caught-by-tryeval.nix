builtins.tryEval (abort "nope")
