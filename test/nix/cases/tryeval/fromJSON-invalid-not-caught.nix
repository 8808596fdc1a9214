builtins.tryEval (builtins.fromJSON "{")
