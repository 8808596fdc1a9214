builtins.fromJSON "{invalid}"
