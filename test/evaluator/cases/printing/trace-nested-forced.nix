let v = { a = 1; b = [ 2 "three" ]; c = { d = null; }; }; in builtins.deepSeq v (builtins.trace v "done")
