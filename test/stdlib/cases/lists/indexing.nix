# Index-based access, slices and their clamping.
lib:
let
  t = e: (builtins.tryEval e).success;
  xs = [ 1 2 3 4 5 ];
in
{
  head = lib.head xs;
  tail = lib.tail xs;
  last = lib.last xs;
  init = lib.init xs;
  lastEmpty = t (lib.last [ ]);
  initEmpty = t (lib.init [ ]);
  elemAt = lib.elemAt xs 2;
  take = lib.take 2 xs;
  takeMore = lib.take 10 xs;
  takeZero = lib.take 0 xs;
  takeEnd = lib.lists.takeEnd 2 xs;
  takeEndMore = lib.lists.takeEnd 9 xs;
  drop = lib.drop 2 xs;
  dropMore = lib.drop 10 xs;
  dropEnd = lib.lists.dropEnd 2 xs;
  dropEndMore = lib.lists.dropEnd 8 xs;
  sublist = lib.sublist 1 3 xs;
  sublistClamp = lib.sublist 3 10 xs;
  sublistPast = lib.sublist 7 2 xs;
  range = lib.range 3 7;
  rangeEmpty = lib.range 5 4;
  rangeOne = lib.range 2 2;
  replicate = lib.replicate 3 "x";
  replicateZero = lib.replicate 0 "x";
  replaceElemAt = lib.lists.replaceElemAt xs 1 "b";
  replaceElemAtBad = t (lib.lists.replaceElemAt xs 5 0);
  singleton = lib.singleton 4;
  length = lib.length xs;
  genList = lib.genList (i: i * i) 4;
  reverseList = lib.reverseList xs;
  reverseEmpty = lib.reverseList [ ];
}
