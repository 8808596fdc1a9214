# flags: --eval
{ a = { b = { c = 1; }; }; }
