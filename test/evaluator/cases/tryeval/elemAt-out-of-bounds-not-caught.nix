builtins.tryEval (builtins.elemAt [ ] 0)
