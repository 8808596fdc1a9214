# mergeEqualOption on different values reports a conflict.
lib:
lib.mergeEqualOption [ "x" "y" ] [
  {
    file = "a.nix";
    value = 1;
  }
  {
    file = "b.nix";
    value = 2;
  }
]
