let inc = builtins.add 1; in map inc [ 1 2 3 ]
