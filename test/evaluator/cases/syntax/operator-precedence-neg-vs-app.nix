let f = x: x * 10; in [ (-f 2) (- 1 + 2) ]
