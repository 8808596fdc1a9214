(builtins.listToAttrs [ { name = "a"; value = throw "v"; } { name = "b"; value = 2; } ]).b
