builtins.length (builtins.attrValues { a = throw "a"; b = 1; })
