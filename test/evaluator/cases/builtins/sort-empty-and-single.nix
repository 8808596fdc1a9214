[ (builtins.sort builtins.lessThan [ ]) (builtins.sort (a: throw "not called") [ 1 ]) ]
