builtins.warn "w1" (builtins.warn "w2" "value")
