{ g = a: a; }.g + 1
