let s = { bad = throw "x"; good = 1; }; in builtins.removeAttrs s [ "good" ] ? bad
