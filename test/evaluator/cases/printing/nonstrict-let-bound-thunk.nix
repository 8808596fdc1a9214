# flags: --eval
let x = 1 + 2; in { inherit x; y = x; }
