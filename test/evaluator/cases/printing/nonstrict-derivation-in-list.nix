# flags: --eval
[ (derivation { name = "l"; system = "x"; builder = "/b"; }) ]
