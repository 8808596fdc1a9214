# flags: --eval --xml --strict
{ a = { b = 1 + 1; }; }
