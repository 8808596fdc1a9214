let s = { ${"a"} = throw "x"; }; in builtins.attrNames s
