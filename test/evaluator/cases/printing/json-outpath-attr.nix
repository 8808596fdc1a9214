# flags: --eval --strict --json
{ outPath = "/x"; other = 1; }
