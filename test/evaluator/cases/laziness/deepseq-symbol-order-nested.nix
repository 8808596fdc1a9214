# The first error in symbol order is the one reported, at any depth.
builtins.deepSeq { x = { nestedOrderB = throw "b"; nestedOrderA = throw "a"; }; } 1
