# flags: --eval --strict --option abort-on-warn true
builtins.warn "fatal now" 1
