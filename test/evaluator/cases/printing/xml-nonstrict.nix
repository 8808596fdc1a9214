# flags: --eval --xml
{ a = { b = 1 + 1; }; }
