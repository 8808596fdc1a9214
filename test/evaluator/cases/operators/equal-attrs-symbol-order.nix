# `==` walks both sets in symbol order: the traces interleave b, b2, a, a2.
let
  l = { equalOrderB = builtins.trace "b" 1; equalOrderA = builtins.trace "a" 2; };
  r = { equalOrderB = builtins.trace "b2" 1; equalOrderA = builtins.trace "a2" 2; };
in
l == r
