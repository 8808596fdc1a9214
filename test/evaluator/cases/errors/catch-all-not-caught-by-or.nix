let s = { a = throw "t"; }; in s.a or "default"
