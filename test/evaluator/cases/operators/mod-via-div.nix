let mod = a: b: a - b * (a / b); in [ (mod 7 3) (mod (-7) 3) ]
