builtins.match "[abc" "a"
