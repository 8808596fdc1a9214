builtins.bitXor "a" 1
