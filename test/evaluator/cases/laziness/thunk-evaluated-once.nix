let x = builtins.trace "forced" 1; in x + x
