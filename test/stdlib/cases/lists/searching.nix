# Searching: findFirst, findSingle, findFirstIndex, any/all, elem, laziness past the match.
lib:
{
  findFirst = lib.findFirst (x: x > 2) "none" [ 1 2 3 4 ];
  findFirstNone = lib.findFirst (x: x > 9) "none" [ 1 2 3 ];
  findFirstLazy = lib.findFirst (x: x == 1) null [ 1 (throw "not looked at") ];
  findFirstIndex = lib.lists.findFirstIndex (x: x == "c") null [ "a" "b" "c" ];
  findFirstIndexNone = lib.lists.findFirstIndex (x: false) (-1) [ 1 2 ];
  findSingle = lib.findSingle (x: x == 2) "none" "many" [ 1 2 3 ];
  findSingleNone = lib.findSingle (x: x == 9) "none" "many" [ 1 2 3 ];
  findSingleMany = lib.findSingle (x: x > 1) "none" "many" [ 1 2 3 ];
  any = lib.any (x: x == 2) [ 1 2 ];
  all = lib.all (x: x > 0) [ 1 2 ];
  allEmpty = lib.all (x: false) [ ];
  elem = lib.elem 2 [ 1 2 ];
  hasPrefix = lib.lists.hasPrefix [ 1 2 ] [ 1 2 3 ];
  hasPrefixNot = lib.lists.hasPrefix [ 2 ] [ 1 2 3 ];
  removePrefix = lib.lists.removePrefix [ 1 ] [ 1 2 ];
  removePrefixBad = (builtins.tryEval (lib.lists.removePrefix [ 2 ] [ 1 2 ])).success;
  commonPrefix = lib.lists.commonPrefix [ 1 2 3 4 ] [ 1 2 5 ];
  commonPrefixNone = lib.lists.commonPrefix [ 1 ] [ 2 ];
  commonPrefixShorter = lib.lists.commonPrefix [ 1 2 ] [ 1 2 3 ];
}
