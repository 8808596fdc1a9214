builtins.warn "this is a warning" 1
