builtins.tryEval (import ./no-such-file.nix)
