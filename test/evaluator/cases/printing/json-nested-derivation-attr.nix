# flags: --eval --strict --json
{ d = derivation { name = "jd"; system = "x"; builder = "/b"; }; }
