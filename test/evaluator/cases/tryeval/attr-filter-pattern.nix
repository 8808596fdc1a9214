builtins.filter (x: (builtins.tryEval x).success) [ 1 (throw "a") 3 (assert false; 4) ]
