# flags: --eval --strict --json
let s = { a = s; }; in s
