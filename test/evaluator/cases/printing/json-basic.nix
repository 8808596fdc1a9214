# flags: --eval --strict --json
{ a = 1; b = [ true null "s" ]; c = 1.5; d = { }; }
