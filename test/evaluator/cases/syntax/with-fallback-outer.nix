with { a = 1; }; with { b = 2; }; a + b
