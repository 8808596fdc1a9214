let s = { a = { b = 1; }; }; in [ (s.a.c or "d") (s.x.y.z or "e") (s.a.b or "f") ]
