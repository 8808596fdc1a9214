builtins.trace "tracing a string" 1
