# List helpers, part 3 of 3 (see lists.nix): slices and set-like operations. Taking and dropping
# from either end, prefixes, sublists, the last element; uniqueness, intersection, difference and
# the cross product.
{
  lib,
  self,
}:
let
  b = builtins;
  inherit (b)
    length
    elemAt
    genList
    filter
    elem
    ;

  /**
    Clamp a slice to the list: how many elements exist from `start` on, at most `n`.
  */
  sliceLength =
    start: n: len:
    if start >= len then
      0
    else if start + n > len then
      len - start
    else
      n;
in
{
  /**
    The first `n` elements.

    # Type

    ```
    take :: int -> [a] -> [a]
    ```
  */
  take = n: self.sublist 0 n;

  /**
    The last `n` elements.

    # Type

    ```
    takeEnd :: int -> [a] -> [a]
    ```
  */
  takeEnd = n: xs: self.drop (lib.trivial.max 0 (length xs - n)) xs;

  /**
    Everything but the first `n` elements.

    # Type

    ```
    drop :: int -> [a] -> [a]
    ```
  */
  drop = n: list: self.sublist n (length list) list;

  /**
    Everything but the last `n` elements.

    # Type

    ```
    dropEnd :: int -> [a] -> [a]
    ```
  */
  dropEnd = n: xs: self.take (lib.trivial.max 0 (length xs - n)) xs;

  /**
    Whether `prefix` is a prefix of `list`.

    # Type

    ```
    hasPrefix :: [a] -> [a] -> bool
    ```
  */
  hasPrefix = prefix: list: self.take (length prefix) list == prefix;

  /**
    `list` without `prefix`; throws when it is not a prefix.

    # Type

    ```
    removePrefix :: [a] -> [a] -> [a]
    ```
  */
  removePrefix =
    prefix: list:
    if self.hasPrefix prefix list then
      self.drop (length prefix) list
    else
      throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";

  /**
    `count` elements starting at index `start`, clamped to the list.

    # Type

    ```
    sublist :: int -> int -> [a] -> [a]
    ```
  */
  sublist =
    start: n: list:
    genList (i: elemAt list (start + i)) (sliceLength start n (length list));

  /**
    The longest common prefix of two lists.

    # Type

    ```
    commonPrefix :: [a] -> [a] -> [a]
    ```
  */
  commonPrefix =
    xs: ys:
    let
      differs = self.zipListsWith (x: y: x != y) xs ys;
      n = self.findFirstIndex (d: d) (length differs) differs;
    in
    self.take n xs;

  /**
    The last element; throws on an empty list.

    # Type

    ```
    last :: [a] -> a
    ```
  */
  last =
    list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  /**
    Everything but the last element; throws on an empty list.

    # Type

    ```
    init :: [a] -> [a]
    ```
  */
  init =
    list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    self.take (length list - 1) list;

  /**
    Apply a curried function to every combination of arguments from the lists.

    # Type

    ```
    crossLists :: (a -> b -> ... -> r) -> [[a] [b] ...] -> [r]
    ```
  */
  crossLists = f: self.foldl (fs: args: b.concatMap (g: map g args) fs) [ f ];

  /**
    Remove duplicates, keeping the first occurrence (works for any values comparable with ==).

    # Type

    ```
    unique :: [a] -> [a]
    ```
  */
  unique = b.foldl' (seen: x: if elem x seen then seen else seen ++ [ x ]) [ ];

  /**
    Remove duplicate strings; the result is sorted.

    # Type

    ```
    uniqueStrings :: [string] -> [string]
    ```
  */
  uniqueStrings = list: b.attrNames (b.groupBy (s: s) list);

  /**
    Whether no element occurs twice.

    # Type

    ```
    allUnique :: [a] -> bool
    ```
  */
  allUnique = list: length (self.unique list) == length list;

  /**
    Elements of the second list that are also in the first.

    # Type

    ```
    intersectLists :: [a] -> [a] -> [a]
    ```
  */
  intersectLists = e: filter (x: elem x e);

  /**
    Elements of the second list that are not in the first.

    # Type

    ```
    subtractLists :: [a] -> [a] -> [a]
    ```
  */
  subtractLists = e: filter (x: !(elem x e));

  /**
    Whether the two lists share no element.

    # Type

    ```
    mutuallyExclusive :: [a] -> [a] -> bool
    ```
  */
  mutuallyExclusive = xs: ys: xs == [ ] || !(b.any (y: elem y xs) ys);

  /**
    Concatenate the list values of an attribute set (in attribute-name order).

    # Type

    ```
    concatAttrValues :: AttrSet -> [a]
    ```
  */
  concatAttrValues = set: b.concatLists (b.attrValues set);

  /**
    The list with the element at `idx` replaced; throws when out of range.

    # Type

    ```
    replaceElemAt :: [a] -> int -> a -> [a]
    ```
  */
  replaceElemAt =
    list: idx: newElem:
    assert lib.asserts.assertMsg (idx >= 0 && idx < length list)
      "'lists.replaceElemAt' called with index ${toString idx} on a list of size ${toString (length list)}";
    genList (i: if i == idx then newElem else elemAt list i) (length list);
}
