# flags: --eval --json
let s = { a = s; }; in s
