# flags: --eval
{ f = x: x; p = builtins.map; }
