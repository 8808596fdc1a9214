builtins.unsafeGetAttrPos "nope" { a = 1; }
