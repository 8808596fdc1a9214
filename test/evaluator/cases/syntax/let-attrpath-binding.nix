let x.y = 1; x.z = 2; in x
