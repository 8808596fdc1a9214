builtins.substring (-1) 0 "abc"
