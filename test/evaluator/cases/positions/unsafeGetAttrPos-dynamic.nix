builtins.unsafeGetAttrPos "d" { ${"d"} = 1; }
