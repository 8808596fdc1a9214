let a = 1; b = let inherit a; in a + 1; in b
