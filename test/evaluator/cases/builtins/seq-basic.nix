builtins.seq 1 2
