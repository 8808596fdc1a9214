# flags: --eval --json
{ a = throw "json"; }
