# flags: --eval --strict --show-trace
let
  lib.strings.twice = s: s + s;
  apply = f: x: f x;
  check = { value, extra ? 0 }: [ (lib.strings.twice value) ];
in
apply (x: check { value = x; }) true
