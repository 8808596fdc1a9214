builtins.match "(unclosed" "x"
