# Folds: direction, laziness of foldr/foldl, strictness of foldl'.
lib:
let
  t = e: builtins.tryEval e;
in
{
  foldr = lib.foldr (x: acc: "(${x} ${acc})") "nil" [ "a" "b" "c" ];
  foldrEmpty = lib.foldr (x: acc: x + acc) "z" [ ];
  foldrLazy = lib.foldr (x: _: x) null [ 1 (throw "never") ];
  foldl = lib.foldl (acc: x: "(${acc} ${x})") "nil" [ "a" "b" "c" ];
  foldlLazy = lib.foldl (_: x: x) (throw "never") [ 1 2 ];
  foldlAccLazy = lib.foldl (acc: x: x) null [ (throw "not forced") 3 ];
  foldl' = lib.foldl' (acc: x: acc * 10 + x) 0 [ 1 2 3 ];
  foldl'StrictInit = (t (lib.foldl' (_: x: x) (throw "forced") [ 1 ])).success;
  foldl'Empty = lib.foldl' (a: b: a + b) 5 [ ];
  listsFoldl = lib.lists.foldl (a: b: a - b) 100 [ 1 2 3 ];
  count = lib.count (x: x > 2) [ 1 2 3 4 5 ];
  countEmpty = lib.count (x: true) [ ];
  foldAttrs = lib.foldAttrs (x: acc: [ x ] ++ acc) [ ] [
    { a = 1; b = 2; }
    { a = 3; }
    { b = 4; c = 5; }
  ];
}
