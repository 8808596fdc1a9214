map toString [ 1 1.5 "s" true false null [ 1 "a" [ 2 ] ] ./p 0.1 1.0e-3 ]
