# Maps with indices, concatenation, flattening, filtering.
lib:
{
  imap0 = lib.imap0 (i: x: "${toString i}:${x}") [ "a" "b" "c" ];
  imap1 = lib.imap1 (i: x: "${toString i}:${x}") [ "a" "b" "c" ];
  ifilter0 = lib.ifilter0 (i: x: i == 0 || x > 2) [ 1 2 3 1 ];
  concatMap = lib.concatMap (x: [ x x ]) [ 1 2 ];
  concatLists = lib.concatLists [ [ 1 ] [ ] [ 2 3 ] ];
  flatten = lib.flatten [ 1 [ 2 [ 3 [ ] [ 4 ] ] ] 5 ];
  flattenScalar = lib.flatten 7;
  forEach = lib.forEach [ 1 2 ] (x: x + 1);
  map = lib.map (x: x * 2) [ 1 2 ];
  filter = lib.filter (x: x != 2) [ 1 2 3 ];
  remove = lib.remove 2 [ 1 2 3 2 ];
  optional = lib.optional true "x";
  optionalFalse = lib.optional false "x";
  optionals = lib.optionals true [ 1 2 ];
  optionalsFalse = lib.optionals false (throw "lazy");
  toList = lib.toList 3;
  toListList = lib.toList [ 3 ];
  zipListsWith = lib.zipListsWith (a: b: a + b) [ 1 2 3 ] [ 10 20 ];
  zipLists = lib.zipLists [ 1 2 ] [ "a" "b" "c" ];
  crossLists = lib.crossLists (a: b: "${a}${b}") [ [ "x" "y" ] [ "1" "2" ] ];
  concatAttrValues = lib.concatAttrValues { b = [ 2 ]; a = [ 1 ]; };
  intersperse = lib.intersperse "," [ "a" "b" "c" ];
  intersperseOne = lib.intersperse "," [ "a" ];
  intersperseEmpty = lib.intersperse "," [ ];
}
