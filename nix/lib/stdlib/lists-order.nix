# List helpers, part 2 of 3 (see lists.nix): ordering. Depth-first search and topological
# sorting over a "comes before" relation, sorting on a key, lexicographic and natural comparison.
{
  lib,
  self,
}:
let
  b = builtins;
  inherit (b)
    length
    filter
    ;
in
{
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
}
