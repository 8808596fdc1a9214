# flags: --eval
{ a = 1; b = 1 + 1; c = "s"; d = [ 1 ]; e = { }; }
