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

  # Ordering (lists-order.nix) and slices and set operations (lists-slices.nix) live in files of
  # their own; each gets this family as `self`, so they call each other as one attribute set would.
  self =
    import ./lists-order.nix { inherit lib self; }
    // import ./lists-slices.nix { inherit lib self; }
    // {
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
  };
in
self
