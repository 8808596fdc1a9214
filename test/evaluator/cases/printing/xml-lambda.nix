# flags: --eval --xml --strict
{ f = { a, b ? 1, ... }: a; g = x: x; }
