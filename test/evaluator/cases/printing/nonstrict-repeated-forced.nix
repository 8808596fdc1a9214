# flags: --eval
let x = { a = 1; }; in builtins.seq x.a { inherit x; y = x; }
