# Attribute-set helpers, part 2 of 3 (see attrsets.nix): combining sets. Conditional sets,
# zipping the values of many sets by name, recursive updates (stopping where a predicate says),
# matching a set against a pattern, overriding existing names only, and unions that refuse to
# overwrite.
{
  lib,
  self,
}:
let
  b = builtins;
  inherit (b)
    attrNames
    elemAt
    length
    isAttrs
    listToAttrs
    mapAttrs
    ;
in
{
  /**
    `as` when `cond` holds, else `{ }`.

    # Type

    ```
    optionalAttrs :: bool -> AttrSet -> AttrSet
    ```
  */
  optionalAttrs = cond: as: if cond then as else { };

  /**
    For each given name, `f name values` over the sets that have it.

    # Type

    ```
    zipAttrsWithNames :: [string] -> (string -> [a] -> b) -> [AttrSet] -> AttrSet
    ```
  */
  zipAttrsWithNames =
    names: f: sets:
    listToAttrs (
      map (name: {
        inherit name;
        value = f name (b.catAttrs name sets);
      }) names
    );

  /**
    Merge a list of sets: each name maps to `f name values` (values in list order).

    # Type

    ```
    zipAttrsWith :: (string -> [a] -> b) -> [AttrSet] -> AttrSet
    ```
  */
  zipAttrsWith = b.zipAttrsWith;

  /**
    Merge a list of sets into lists of values per name.

    # Type

    ```
    zipAttrs :: [AttrSet] -> AttrSet
    ```
  */
  zipAttrs = b.zipAttrsWith (_: values: values);

  /**
    Right-biased union of a list of sets, merged pairwise in a balanced tree.

    # Type

    ```
    mergeAttrsList :: [AttrSet] -> AttrSet
    ```
  */
  mergeAttrsList =
    list:
    let
      merge =
        lo: hi:
        if hi - lo == 1 then
          elemAt list lo
        else
          let
            mid = (lo + hi) / 2;
          in
          merge lo mid // merge mid hi;
    in
    if list == [ ] then { } else merge 0 (length list);

  /**
    Recursive merge of `rhs` into `lhs`, stopping at paths where
    `pred path lhsValue rhsValue` holds (there `rhs` wins).

    # Type

    ```
    recursiveUpdateUntil :: ([string] -> AttrSet -> AttrSet -> bool) -> AttrSet -> AttrSet -> AttrSet
    ```
  */
  recursiveUpdateUntil =
    pred: lhs: rhs:
    let
      go =
        path:
        b.zipAttrsWith (
          name: values:
          let
            p = path ++ [ name ];
          in
          # values is [ rhsValue lhsValue ] when both sides have the name.
          if length values == 1 || pred p (elemAt values 1) (b.head values) then
            b.head values
          else
            go p values
        );
    in
    go [ ] [
      rhs
      lhs
    ];

  /**
    Recursive merge: nested sets are merged, anything else in `rhs` wins.

    # Type

    ```
    recursiveUpdate :: AttrSet -> AttrSet -> AttrSet
    ```
  */
  recursiveUpdate = self.recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

  /**
    Whether `attrs` contains `pattern` (recursively for nested sets).

    # Type

    ```
    matchAttrs :: AttrSet -> AttrSet -> bool
    ```
  */
  matchAttrs =
    pattern: attrs:
    assert isAttrs pattern;
    b.all (
      n:
      attrs ? ${n}
      && (
        let
          want = pattern.${n};
          have = attrs.${n};
        in
        if isAttrs want then isAttrs have && self.matchAttrs want have else want == have
      )
    ) (attrNames pattern);

  /**
    `old` with the values of names it shares with `new` taken from `new`.

    # Type

    ```
    overrideExisting :: AttrSet -> AttrSet -> AttrSet
    ```
  */
  overrideExisting = old: new: mapAttrs (n: v: new.${n} or v) old;

  /**
    An attribute path as Nix would write it (`a."b.c".d`).

    # Type

    ```
    showAttrPath :: [string] -> string
    ```
  */
  showAttrPath =
    path:
    if path == [ ] then
      "<root attribute path>"
    else
      b.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);

  /**
    Union of two sets that must not share names; a shared name throws when accessed.

    # Type

    ```
    unionOfDisjoint :: AttrSet -> AttrSet -> AttrSet
    ```
  */
  unionOfDisjoint =
    x: y:
    let
      shared = b.intersectAttrs x y;
      names = b.concatStringsSep " " (attrNames shared);
    in
    x
    // y
    // mapAttrs (n: _: throw "unionOfDisjoint: collision on ${n}; complete list: ${names}") shared;
}
