let x = { a = 1; }; in builtins.deepSeq x (builtins.trace [ x x ] "done")
