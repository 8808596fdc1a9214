# flags: --eval --strict --option trace-verbose true
builtins.traceVerbose "now visible" 5
