let a = n: b (n + 1); b = n: a (n + 1); in a 0
