# --strict forces in symbol order too (it prints by name afterwards); `strictOrderZ` was met first, in the let.
let strictOrderZ = 0; in {
  strictOrderB = builtins.trace "strictOrderB" 1;
  strictOrderA = builtins.trace "strictOrderA" 2;
  strictOrderZ = builtins.trace "strictOrderZ" 3;
  strictOrderNested = { y = builtins.trace "y" 4; x = builtins.trace "x" 5; };
}
