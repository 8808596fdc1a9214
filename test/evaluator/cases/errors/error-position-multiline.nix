let
  a = 1;
  b = a
    + "x";
in
b
