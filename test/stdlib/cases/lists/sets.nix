# Set-like operations on lists, including unique over arbitrary values.
lib:
{
  unique = lib.unique [ 3 1 3 2 1 ];
  uniqueAny = lib.unique [ { a = 1; } [ 1 ] { a = 1; } "s" [ 1 ] null null 1.5 1.5 ];
  uniqueStrings = lib.uniqueStrings [ "b" "a" "b" ];
  allUnique = lib.allUnique [ 1 2 3 ];
  allUniqueNot = lib.allUnique [ 1 2 1 ];
  intersectLists = lib.intersectLists [ 1 2 3 ] [ 2 3 4 ];
  subtractLists = lib.subtractLists [ 1 2 ] [ 1 2 3 4 ];
  mutuallyExclusive = lib.mutuallyExclusive [ 1 2 ] [ 3 4 ];
  mutuallyExclusiveNot = lib.mutuallyExclusive [ 1 2 ] [ 2 ];
  mutuallyExclusiveEmpty = lib.mutuallyExclusive [ ] [ 1 ];
  groupBy = lib.groupBy (x: if x > 2 then "big" else "small") [ 1 2 3 4 ];
  groupBy' = lib.groupBy' (acc: x: acc + x) 0 (x: if x > 2 then "big" else "small") [ 1 2 3 4 ];
  partition = lib.partition (x: x > 2) [ 1 2 3 4 ];
}
