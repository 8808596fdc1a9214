builtins.break 7
