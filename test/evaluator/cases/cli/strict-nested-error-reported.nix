# flags: --eval --strict
{ ok = 1; nested = { bad = 1 + "x"; }; }
