# The checks and descriptions of numbers.*.
lib:
let
  n = lib.types.numbers;
  probe = type: {
    inherit (type) name description;
    checks = map type.check [
      (-1)
      (-0.5)
      0
      0.5
      1
      1.5
      2
    ];
  };
in
{
  between = probe (n.between 0 1.5);
  nonnegative = probe n.nonnegative;
  positive = probe n.positive;
  number = probe lib.types.number;
}
