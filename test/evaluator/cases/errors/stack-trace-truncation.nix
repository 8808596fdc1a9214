let f = n: if n == 0 then throw "bottom" else { v = f (n - 1); }.v; in f 30
