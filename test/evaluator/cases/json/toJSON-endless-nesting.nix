# Endless nesting without a cycle (a new set at every level) ends the same way.
let f = n: { a = f (n + 1); }; in builtins.toJSON (f 0)
