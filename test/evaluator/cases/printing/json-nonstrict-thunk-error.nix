# flags: --eval --json
{ a = 1 + 1; b = [ (2 + 2) ]; }
