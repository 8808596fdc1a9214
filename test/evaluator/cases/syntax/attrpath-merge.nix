{ a.b = 1; a.c = 2; a.d.e = 3; }
