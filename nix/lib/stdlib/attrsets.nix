# Attribute-set helpers: paths into nested sets, mapping and filtering (flat and recursive),
# folding, zipping and recursive merging, and the package-output accessors (getBin, getDev...).
# Mirrors the `attrsets` family of nixpkgs' lib.
{ lib }:
let
  b = builtins;
  inherit (b)
    attrNames
    attrValues
    elemAt
    length
    isAttrs
    listToAttrs
    mapAttrs
    ;

  /**
    Follow `path` from index i into `set`; `found` for the end value, `missing` when absent.
  */
  walk =
    path: found: missing: set:
    let
      n = length path;
      go =
        i: s:
        if i == n then
          found s
        else
          let
            key = elemAt path i;
          in
          if s ? ${key} then go (i + 1) s.${key} else missing i;
    in
    go 0 set;

  # Combining sets (attrsets-merge.nix) and derivation outputs (attrsets-derivations.nix) live in
  # files of their own; each gets this family as `self`, so they call each other as one set would.
  self =
    import ./attrsets-merge.nix { inherit lib self; }
    // import ./attrsets-derivations.nix { inherit lib self; }
    // {
    inherit (b)
      attrNames
      attrValues
      listToAttrs
      hasAttr
      isAttrs
      getAttr
      removeAttrs
      intersectAttrs
      catAttrs
      mapAttrs
      ;

    /**
      The value at `attrPath` in `set`, or `default` when some step is missing.

      # Type

      ```
      attrByPath :: [string] -> a -> AttrSet -> a
      ```
    */
    attrByPath =
      attrPath: default: set:
      walk attrPath (v: v) (_: default) set;

    /**
      Whether `attrPath` exists in `e`.

      # Type

      ```
      hasAttrByPath :: [string] -> AttrSet -> bool
      ```
    */
    hasAttrByPath =
      attrPath: e:
      walk attrPath (_: true) (_: false) e;

    /**
      The longest prefix of `attrPath` that exists in `v`.

      # Type

      ```
      longestValidPathPrefix :: [string] -> a -> [string]
      ```
    */
    longestValidPathPrefix =
      attrPath: v:
      walk attrPath (_: attrPath) (i: lib.lists.take i attrPath) v;

    /**
      A nested set holding `value` at `attrPath`.

      # Type

      ```
      setAttrByPath :: [string] -> a -> AttrSet
      ```
    */
    setAttrByPath =
      attrPath: value:
      lib.lists.foldr (key: inner: { ${key} = inner; }) value attrPath;

    /**
      The value at `attrPath`; aborts when it does not exist.

      # Type

      ```
      getAttrFromPath :: [string] -> AttrSet -> a
      ```
    */
    getAttrFromPath =
      attrPath: set:
      self.attrByPath attrPath (abort ("cannot find attribute '" + b.concatStringsSep "." attrPath + "'")) set;

    /**
      Map each attribute to a set and merge the results (later names win).

      # Type

      ```
      concatMapAttrs :: (string -> a -> AttrSet) -> AttrSet -> AttrSet
      ```
    */
    concatMapAttrs = f: v: b.foldl' (acc: x: acc // x) { } (attrValues (mapAttrs f v));

    /**
      Apply updates `{ path; update; }` at the given paths of a value, each update receiving the
      old value there (updates to the same path apply in list order).

      # Type

      ```
      updateManyAttrsByPath :: [{ path :: [string]; update :: a -> a; }] -> AttrSet -> AttrSet
      ```
    */
    updateManyAttrsByPath =
      let
        go =
          depth: hasValue: value: updates:
          let
            here = b.partition (u: length u.path == depth) updates;
            deeper = b.groupBy (u: elemAt u.path depth) here.wrong;
            base =
              if here.wrong == [ ] then
                if hasValue then
                  value
                else
                  throw (
                    "updateManyAttrsByPath: Path '${self.showAttrPath (b.head here.right).path}' does "
                    + "not exist in the given value, but the first update to this "
                    + "path tries to access the existing value."
                  )
              else if !hasValue then
                mapAttrs (_: go (depth + 1) false null) deeper
              else if isAttrs value then
                value // mapAttrs (name: go (depth + 1) (value ? ${name}) value.${name}) deeper
              else
                let
                  p = (b.head here.wrong).path;
                in
                throw (
                  "updateManyAttrsByPath: Path '${self.showAttrPath p}' needs to "
                  + "be updated, but path '${self.showAttrPath (lib.lists.take depth p)}' "
                  + "of the given value is not an attribute set, so we can't "
                  + "update an attribute inside of it."
                );
          in
          lib.lists.foldl (acc: u: u.update acc) base here.right;
      in
      updates: value: go 0 true value updates;

    /**
      The values of the named attributes; throws for a missing one.

      # Type

      ```
      attrVals :: [string] -> AttrSet -> [a]
      ```
    */
    attrVals = nameList: set: map (n: set.${n}) nameList;

    /**
      The sub-set with the given names; throws for a missing one.

      # Type

      ```
      getAttrs :: [string] -> AttrSet -> AttrSet
      ```
    */
    getAttrs = names: attrs: self.genAttrs names (n: attrs.${n});

    /**
      Keep the attributes for which `pred name value` holds.

      # Type

      ```
      filterAttrs :: (string -> a -> bool) -> AttrSet -> AttrSet
      ```
    */
    filterAttrs =
      pred: set: removeAttrs set (b.filter (n: !(pred n set.${n})) (attrNames set));

    /**
      `filterAttrs` applied at every level of nested sets.

      # Type

      ```
      filterAttrsRecursive :: (string -> a -> bool) -> AttrSet -> AttrSet
      ```
    */
    filterAttrsRecursive =
      pred: set:
      listToAttrs (
        b.concatMap (
          name:
          let
            v = set.${name};
          in
          if pred name v then
            [
              {
                inherit name;
                value = if isAttrs v then self.filterAttrsRecursive pred v else v;
              }
            ]
          else
            [ ]
        ) (attrNames set)
      );

    /**
      Strict left fold over the attributes in name order: `f acc name value`.

      # Type

      ```
      foldlAttrs :: (b -> string -> a -> b) -> b -> AttrSet -> b
      ```
    */
    foldlAttrs =
      f: init: set:
      lib.lists.foldl' (acc: n: f acc n set.${n}) init (attrNames set);

    /**
      Fold the values of each name across a list of sets: per name,
      `op v1 (op v2 (... nul))`.

      # Type

      ```
      foldAttrs :: (a -> b -> b) -> b -> [AttrSet] -> AttrSet
      ```
    */
    foldAttrs =
      op: nul: list:
      lib.lists.foldr (
        set: acc:
        lib.lists.foldr (n: acc': acc' // { ${n} = op set.${n} (acc'.${n} or nul); }) acc (attrNames set)
      ) { } list;

    /**
      Every value (searching recursively through sets) for which `pred` holds.

      # Type

      ```
      collect :: (a -> bool) -> AttrSet -> [a]
      ```
    */
    collect =
      pred: attrs:
      if pred attrs then
        [ attrs ]
      else if isAttrs attrs then
        b.concatMap (self.collect pred) (attrValues attrs)
      else
        [ ];

    /**
      Every combination of one element from each list-valued attribute.

      # Type

      ```
      cartesianProduct :: AttrSet -> [AttrSet]
      ```
    */
    cartesianProduct =
      attrsOfLists:
      b.foldl' (
        acc: name: b.concatMap (partial: map (v: partial // { ${name} = v; }) attrsOfLists.${name}) acc
      ) [ { } ] (attrNames attrsOfLists);

    /**
      `map f` over the cartesian product.

      # Type

      ```
      mapCartesianProduct :: (AttrSet -> a) -> AttrSet -> [a]
      ```
    */
    mapCartesianProduct = f: attrsOfLists: map f (self.cartesianProduct attrsOfLists);

    /**
      `{ name; value; }`, the element type of `listToAttrs`.

      # Type

      ```
      nameValuePair :: string -> a -> { name :: string; value :: a; }
      ```
    */
    nameValuePair = name: value: { inherit name value; };

    /**
      Map each attribute to a new `{ name; value; }` pair.

      # Type

      ```
      mapAttrs' :: (string -> a -> { name :: string; value :: b; }) -> AttrSet -> AttrSet
      ```
    */
    mapAttrs' = f: set: listToAttrs (self.mapAttrsToList f set);

    /**
      Map each attribute to a list element, in name order.

      # Type

      ```
      mapAttrsToList :: (string -> a -> b) -> AttrSet -> [b]
      ```
    */
    mapAttrsToList = f: attrs: attrValues (mapAttrs f attrs);

    /**
      The attributes as a list of name-value pairs.

      # Type

      ```
      attrsToList :: AttrSet -> [{ name :: string; value :: a; }]
      ```
    */
    attrsToList = self.mapAttrsToList self.nameValuePair;

    /**
      Map the leaves (non-set values) of nested sets: `f path value`.

      # Type

      ```
      mapAttrsRecursive :: ([string] -> a -> b) -> AttrSet -> AttrSet
      ```
    */
    mapAttrsRecursive = f: set: self.mapAttrsRecursiveCond (_: true) f set;

    /**
      Like `mapAttrsRecursive`, descending only into sets for which `cond` holds.

      # Type

      ```
      mapAttrsRecursiveCond :: (AttrSet -> bool) -> ([string] -> a -> b) -> AttrSet -> AttrSet
      ```
    */
    mapAttrsRecursiveCond =
      cond: f: set:
      let
        go =
          path:
          mapAttrs (
            name: value:
            let
              p = path ++ [ name ];
            in
            if isAttrs value && cond value then go p value else f p value
          );
      in
      go [ ] set;

    /**
      Map the leaves of nested sets into a flat list: `f path value`.

      # Type

      ```
      mapAttrsToListRecursive :: ([string] -> a -> b) -> AttrSet -> [b]
      ```
    */
    mapAttrsToListRecursive = self.mapAttrsToListRecursiveCond (_: _: true);

    /**
      Like `mapAttrsToListRecursive`, descending only where `pred path value` holds.

      # Type

      ```
      mapAttrsToListRecursiveCond :: ([string] -> AttrSet -> bool) -> ([string] -> a -> b) -> AttrSet -> [b]
      ```
    */
    mapAttrsToListRecursiveCond =
      pred: f: set:
      let
        visit = path: v: if isAttrs v && pred path v then descend path v else [ (f path v) ];
        descend = path: s: b.concatMap (n: visit (path ++ [ n ]) s.${n}) (attrNames s);
      in
      descend [ ] set;

    /**
      A set with the given names, each valued `f name`.

      # Type

      ```
      genAttrs :: [string] -> (string -> a) -> AttrSet
      ```
    */
    genAttrs =
      names: f:
      listToAttrs (
        map (n: {
          name = n;
          value = f n;
        }) names
      );

    /**
      A set from a list mapped to name-value pairs.

      # Type

      ```
      genAttrs' :: [a] -> (a -> { name :: string; value :: b; }) -> AttrSet
      ```
    */
    genAttrs' = xs: f: listToAttrs (map f xs);
  };
in
self
