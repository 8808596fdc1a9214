builtins.split "a" "abca"
