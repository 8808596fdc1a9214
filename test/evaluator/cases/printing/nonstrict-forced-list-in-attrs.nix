# flags: --eval
let l = [ 1 2 ]; in builtins.seq (builtins.length l) { inherit l; }
