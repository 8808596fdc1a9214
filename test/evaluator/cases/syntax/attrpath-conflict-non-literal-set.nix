let s = { b = 1; }; in { a = s; a.c = 2; }
