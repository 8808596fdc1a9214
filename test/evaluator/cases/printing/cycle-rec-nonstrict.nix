# flags: --eval
let s = rec { a = s; }; in builtins.seq s.a s
