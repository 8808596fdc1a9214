builtins.attrValues { }
