builtins.traceVerbose "not shown" 5
