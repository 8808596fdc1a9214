let
  a = derivation { name = "x"; system = "x"; builder = "/b"; };
  b = a // { extra = 1; };
in a == b
