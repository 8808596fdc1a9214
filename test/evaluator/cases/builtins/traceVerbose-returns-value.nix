builtins.traceVerbose "x" (builtins.traceVerbose "y" [ 1 ])
