# List helpers: folds, indexed maps, searching, slicing, set-like operations, sorting and
# topological ordering. Mirrors the `lists` family of nixpkgs' lib. Folds that nixpkgs keeps lazy
# (foldr, foldl) stay lazy here: the combining function decides what is evaluated.
{ lib }:
let
  b = builtins;
  inherit (b)
    length
    elemAt
    genList
    filter
    elem
    ;

  # Clamp a slice to the list: how many elements exist from `start` on, at most `n`.
  sliceLength =
    start: n: len:
    if start >= len then
      0
    else if start + n > len then
      len - start
    else
      n;

  self = {
    inherit (b)
      head
      tail
      length
      isList
      elemAt
      concatLists
      filter
      elem
      genList
      map
      concatMap
      any
      all
      partition
      sort
      ;

    /**
      A list holding one element.

      # Type

      ```
      singleton :: a -> [a]
      ```
    */
    singleton = x: [ x ];

    /**
      `map` with the arguments swapped.

      # Type

      ```
      forEach :: [a] -> (a -> b) -> [b]
      ```
    */
    forEach = xs: f: map f xs;

    /**
      Right fold: `op x0 (op x1 (... (op xn nul)))`; lazy in the second argument of `op`.

      # Type

      ```
      foldr :: (a -> b -> b) -> b -> [a] -> b
      ```
    */
    foldr =
      op: nul: list:
      let
        len = length list;
        go = i: if i == len then nul else op (elemAt list i) (go (i + 1));
      in
      go 0;

    /**
      Deprecated alias of `foldr`.
    */
    fold = lib.warn "fold has been deprecated, use foldr instead" self.foldr;

    /**
      Lazy left fold: `op (... (op (op nul x0) x1) ...) xn`.

      # Type

      ```
      foldl :: (b -> a -> b) -> b -> [a] -> b
      ```
    */
    foldl =
      op: nul: list:
      let
        go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
      in
      go (length list - 1);

    /**
      Strict left fold: the accumulator (the initial one too) is evaluated at every step.

      # Type

      ```
      foldl' :: (b -> a -> b) -> b -> [a] -> b
      ```
    */
    foldl' = op: acc: b.seq acc (b.foldl' op acc);

    /**
      Map with a 0-based index: `f index element`.

      # Type

      ```
      imap0 :: (int -> a -> b) -> [a] -> [b]
      ```
    */
    imap0 = f: list: genList (i: f i (elemAt list i)) (length list);

    /**
      Map with a 1-based index: `f index element`.

      # Type

      ```
      imap1 :: (int -> a -> b) -> [a] -> [b]
      ```
    */
    imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

    /**
      Filter with a 0-based index: keep elements where `ipred index element` holds.

      # Type

      ```
      ifilter0 :: (int -> a -> bool) -> [a] -> [a]
      ```
    */
    ifilter0 =
      ipred: input:
      map (elemAt input) (filter (i: ipred i (elemAt input i)) (genList (i: i) (length input)));

    /**
      Flatten nested lists; a non-list becomes a one-element list.

      # Type

      ```
      flatten :: a -> [b]
      ```
    */
    flatten = x: if b.isList x then b.concatMap self.flatten x else [ x ];

    /**
      Drop every element equal to `e`.

      # Type

      ```
      remove :: a -> [a] -> [a]
      ```
    */
    remove = e: filter (x: x != e);

    /**
      The one element satisfying `pred`, `default` when none does, `multiple` when several do.

      # Type

      ```
      findSingle :: (a -> bool) -> a -> a -> [a] -> a
      ```
    */
    findSingle =
      pred: default: multiple: list:
      let
        hits = filter pred list;
        n = length hits;
      in
      if n == 0 then
        default
      else if n == 1 then
        b.head hits
      else
        multiple;

    /**
      Index of the first element satisfying `pred`, or `default`. `pred` is not called on the
      elements after the first match.

      # Type

      ```
      findFirstIndex :: (a -> bool) -> b -> [a] -> (int | b)
      ```
    */
    findFirstIndex =
      pred: default: list:
      let
        # Negative state -(i + 1): still searching, next index i; non-negative: found at it.
        step =
          state: x:
          if state >= 0 then
            state
          else if pred x then
            -state - 1
          else
            state - 1;
        found = b.foldl' step (-1) list;
      in
      if found < 0 then default else found;

    /**
      First element satisfying `pred`, or `default`.

      # Type

      ```
      findFirst :: (a -> bool) -> a -> [a] -> a
      ```
    */
    findFirst =
      pred: default: list:
      let
        i = self.findFirstIndex pred null list;
      in
      if i == null then default else elemAt list i;

    /**
      Number of elements satisfying `pred`.

      # Type

      ```
      count :: (a -> bool) -> [a] -> int
      ```
    */
    count = pred: b.foldl' (n: x: if pred x then n + 1 else n) 0;

    /**
      `[ elem ]` when `cond` holds, else `[ ]`.

      # Type

      ```
      optional :: bool -> a -> [a]
      ```
    */
    optional = cond: e: if cond then [ e ] else [ ];

    /**
      `elems` when `cond` holds, else `[ ]`.

      # Type

      ```
      optionals :: bool -> [a] -> [a]
      ```
    */
    optionals = cond: elems: if cond then elems else [ ];

    /**
      Lists stay as they are; anything else is wrapped in a list.

      # Type

      ```
      toList :: (a | [a]) -> [a]
      ```
    */
    toList = x: if b.isList x then x else [ x ];

    /**
      Integers from `first` to `last`, both included; empty when `first > last`.

      # Type

      ```
      range :: int -> int -> [int]
      ```
    */
    range = first: last: if first > last then [ ] else genList (i: first + i) (last - first + 1);

    /**
      A list of `n` copies of `e`.

      # Type

      ```
      replicate :: int -> a -> [a]
      ```
    */
    replicate = n: e: genList (_: e) n;

    /**
      Group by key, then fold each group with `foldl op nul`.

      # Type

      ```
      groupBy' :: (b -> a -> b) -> b -> (a -> string) -> [a] -> AttrSet
      ```
    */
    groupBy' =
      op: nul: pred: list:
      b.mapAttrs (_: self.foldl op nul) (b.groupBy pred list);

    /**
      Split a list into an attribute set of lists keyed by `pred element`.

      # Type

      ```
      groupBy :: (a -> string) -> [a] -> AttrSet
      ```
    */
    groupBy = b.groupBy;

    /**
      Combine two lists element-wise; the result is as long as the shorter one.

      # Type

      ```
      zipListsWith :: (a -> b -> c) -> [a] -> [b] -> [c]
      ```
    */
    zipListsWith =
      f: xs: ys:
      genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));

    /**
      Pair two lists element-wise into `{ fst; snd; }` sets.

      # Type

      ```
      zipLists :: [a] -> [b] -> [{ fst :: a; snd :: b; }]
      ```
    */
    zipLists = self.zipListsWith (fst: snd: { inherit fst snd; });

    /**
      The list in reverse order.

      # Type

      ```
      reverseList :: [a] -> [a]
      ```
    */
    reverseList =
      xs:
      let
        n = length xs;
      in
      genList (i: elemAt xs (n - 1 - i)) n;

    /**
      Depth-first search from the head of the list following `before`; reports a minimal
      element or (with `stopOnCycles`) a cycle.

      # Type

      ```
      listDfs :: bool -> (a -> a -> bool) -> [a] -> AttrSet
      ```
    */
    listDfs =
      stopOnCycles: before: list:
      let
        visit =
          us: visited: rest:
          let
            loops = filter (x: before x us) visited;
            split = b.partition (x: before x us) rest;
          in
          if stopOnCycles && loops != [ ] then
            {
              cycle = us;
              inherit loops visited rest;
            }
          else if split.right == [ ] then
            {
              minimal = us;
              inherit visited rest;
            }
          else
            visit (b.head split.right) ([ us ] ++ visited) (b.tail split.right ++ split.wrong);
      in
      visit (b.head list) [ ] (b.tail list);

    /**
      Topological sort by `before a b` ("a must come before b"): `{ result; }`, or
      `{ cycle; loops; }` when the relation has a cycle.

      # Type

      ```
      toposort :: (a -> a -> bool) -> [a] -> AttrSet
      ```
    */
    toposort =
      before: list:
      let
        dfs = self.listDfs true before list;
        sortedRest = self.toposort before (dfs.visited ++ dfs.rest);
      in
      if length list < 2 then
        { result = list; }
      else if dfs ? cycle then
        {
          cycle = self.reverseList ([ dfs.cycle ] ++ dfs.visited);
          inherit (dfs) loops;
        }
      else if sortedRest ? cycle then
        sortedRest
      else
        { result = [ dfs.minimal ] ++ sortedRest.result; };

    /**
      Stable sort by a key computed once per element.

      # Type

      ```
      sortOn :: (a -> b) -> [a] -> [a]
      ```
    */
    sortOn =
      f: list:
      let
        keyed = map (x: {
          key = f x;
          value = x;
        }) list;
      in
      map (p: p.value) (b.sort (p: q: p.key < q.key) keyed);

    /**
      Lexicographic comparison of two lists with an element comparison returning -1/0/1.

      # Type

      ```
      compareLists :: (a -> a -> int) -> [a] -> [a] -> int
      ```
    */
    compareLists =
      cmp: xs: ys:
      if xs == [ ] then
        (if ys == [ ] then 0 else -1)
      else if ys == [ ] then
        1
      else
        let
          c = cmp (b.head xs) (b.head ys);
        in
        if c == 0 then self.compareLists cmp (b.tail xs) (b.tail ys) else c;

    /**
      Sort strings so that embedded numbers compare numerically ("a2" before "a10").

      # Type

      ```
      naturalSort :: [string] -> [string]
      ```
    */
    naturalSort =
      list:
      let
        chunks = s: map (c: if b.isList c then lib.strings.toInt (b.head c) else c) (b.split "(0|[1-9][0-9]*)" s);
        keyed = map (s: {
          key = chunks s;
          value = s;
        }) list;
      in
      map (p: p.value) (
        b.sort (p: q: self.compareLists lib.trivial.compare p.key q.key < 0) keyed
      );

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
  };
in
self
