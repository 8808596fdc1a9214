builtins.length (map (x: throw "f") [ 1 2 3 ])
