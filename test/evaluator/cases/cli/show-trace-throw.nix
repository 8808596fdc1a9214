# flags: --eval --strict --show-trace
let f = x: throw "traced ${x}"; in { a = f "a"; }
