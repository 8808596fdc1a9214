builtins.currentTime > 1700000000
