builtins.trace "plain string" (builtins.trace "with \"quotes\"\nand newline" 0)
