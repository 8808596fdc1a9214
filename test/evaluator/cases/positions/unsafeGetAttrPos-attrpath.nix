builtins.unsafeGetAttrPos "x" { x.y = 1; }
