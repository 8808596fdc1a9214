# flags: --eval --strict --show-trace
let g = s: s.x + 1; in g { x = "str"; }
