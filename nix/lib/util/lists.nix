# List helpers for Arbor's library.
#
# Builtins-only stand-ins for the nixpkgs `lib.lists` functions Arbor needs.
# Everything that runs once per host is O(n log n) or better: de-duplication
# goes through `builtins.listToAttrs` (which keeps the *first* definition of a
# duplicate name) instead of `elem` inside a fold, because a fleet of 1,000
# hosts must evaluate in well under a second.
let
  inherit (builtins)
    genList
    length
    elemAt
    listToAttrs
    filter
    map
    concatMap
    sort
    foldl'
    ;

  /**
    `f index element` for every element, indices from 0.
  */
  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);

  /**
    Keep the first occurrence of every key, in order. `key` maps an element to a string.
  */
  uniqueOn =
    key: list:
    let
      indexed = imap0 (i: x: {
        name = key x;
        value = i;
      }) list;
      firstIndex = listToAttrs indexed;
    in
    concatMap (e: if firstIndex.${e.name} == e.value then [ (elemAt list e.value) ] else [ ]) indexed;

  /**
    The first occurrence of every value, in order, for any values (as nixpkgs' `lib.unique`): a list
    of strings goes through `uniqueOn`; anything else is compared with `==`.
  */
  unique =
    list:
    if builtins.all builtins.isString list then
      uniqueOn (x: x) list
    else
      foldl' (kept: x: if builtins.elem x kept then kept else kept ++ [ x ]) [ ] list;

  /**
    A set of strings as an attrset, for O(log n) membership tests.
  */
  toSet =
    list:
    listToAttrs (
      map (x: {
        name = x;
        value = true;
      }) list
    );

  /**
    Stable sort on a key: ties keep their original order. `builtins.sort` is not guaranteed stable,
    so the index is the last tie-breaker.
  */
  sortOn =
    key: list:
    let
      keyed = imap0 (i: x: {
        k = key x;
        inherit i x;
      }) list;
    in
    map (e: e.x) (sort (a: b: a.k < b.k || (a.k == b.k && a.i < b.i)) keyed);

  /**
    Lexicographic comparison of two lists of comparable scalars.
  */
  compareLists =
    a: b:
    let
      la = length a;
      lb = length b;
      go =
        i:
        if i == la && i == lb then
          0
        else if i == la then
          -1
        else if i == lb then
          1
        else if elemAt a i < elemAt b i then
          -1
        else if elemAt b i < elemAt a i then
          1
        else
          go (i + 1);
    in
    go 0;

  /**
    Sort on a list-valued key (a tuple), lexicographically and stably.
  */
  sortOnTuple =
    key: list:
    let
      keyed = imap0 (i: x: {
        k = key x;
        inherit i x;
      }) list;
      before =
        a: b:
        let
          c = compareLists a.k b.k;
        in
        c < 0 || (c == 0 && a.i < b.i);
    in
    map (e: e.x) (sort before keyed);

  /**
    The first element for which `pred` holds, or `default`.
  */
  findFirst =
    pred: default: list:
    let
      found = filter pred list;
    in
    if found == [ ] then default else elemAt found 0;

  /**
    The last element of a non-empty list.
  */
  last = list: elemAt list (length list - 1);

  /**
    The first `n` elements (all of them when there are fewer).
  */
  take = n: list: genList (elemAt list) (if n < length list then n else length list);

  /**
    Split a list at the first element satisfying `pred`: the elements before it.
  */
  takeUntil =
    pred: list:
    let
      go = i: if i >= length list || pred (elemAt list i) then i else go (i + 1);
    in
    take (go 0) list;

  /**
    Drop elements until `pred` holds; the remainder starts with that element.
  */
  dropUntil =
    pred: list:
    let
      go = i: if i >= length list || pred (elemAt list i) then i else go (i + 1);
      start = go 0;
    in
    genList (j: elemAt list (start + j)) (length list - start);

  /**
    How many elements `pred` holds for.
  */
  count = pred: list: foldl' (n: x: if pred x then n + 1 else n) 0 list;

  /**
    `[ x ]` when `cond` holds, else `[ ]`.
  */
  optional = cond: x: if cond then [ x ] else [ ];

  /**
    `xs` when `cond` holds, else `[ ]`.
  */
  optionals = cond: xs: if cond then xs else [ ];
in
{
  inherit
    imap0
    uniqueOn
    unique
    toSet
    sortOn
    sortOnTuple
    compareLists
    findFirst
    last
    take
    takeUntil
    dropUntil
    count
    optional
    optionals
    ;
}
