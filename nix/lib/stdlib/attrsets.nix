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

  # Follow `path` from index i into `set`; `found` for the end value, `missing` when absent.
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

  self = {
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

    /**
      Whether a value is a derivation (`type == "derivation"`).

      # Type

      ```
      isDerivation :: a -> bool
      ```
    */
    isDerivation = value: value.type or null == "derivation";

    /**
      A minimal derivation-like set for an existing store path.

      # Type

      ```
      toDerivation :: path -> derivation
      ```
    */
    toDerivation =
      path:
      let
        storePath = b.storePath path;
        drv = {
          type = "derivation";
          name = lib.strings.sanitizeDerivationName (b.substring 33 (-1) (baseNameOf storePath));
          outPath = storePath;
          outputs = [ "out" ];
          out = drv;
          outputName = "out";
        };
      in
      drv;

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
      The given output of a package (or `out`, or the package itself), unless the package
      already names a specific output.

      # Type

      ```
      getOutput :: string -> derivation -> derivation
      ```
    */
    getOutput =
      output: pkg:
      if pkg.outputSpecified or false then pkg else pkg.${output} or pkg.out or pkg;

    /**
      The first of the candidate outputs the package has (or the package itself).

      # Type

      ```
      getFirstOutput :: [string] -> derivation -> derivation
      ```
    */
    getFirstOutput =
      candidates: pkg:
      let
        present = b.filter (n: pkg ? ${n}) candidates;
      in
      if pkg.outputSpecified or false || present == [ ] then pkg else pkg.${b.head present};

    /**
      The `bin` output.
    */
    getBin = self.getOutput "bin";

    /**
      The `lib` output.
    */
    getLib = self.getOutput "lib";

    /**
      The `static` output, else `lib`, else `out`.
    */
    getStatic = self.getFirstOutput [
      "static"
      "lib"
      "out"
    ];

    /**
      The `dev` output.
    */
    getDev = self.getOutput "dev";

    /**
      The `include` output, else `dev`, else `out`.
    */
    getInclude = self.getFirstOutput [
      "include"
      "dev"
      "out"
    ];

    /**
      The `man` output.
    */
    getMan = self.getOutput "man";

    /**
      The `dev` output of each package.
    */
    chooseDevOutputs = map self.getDev;

    /**
      Mark a set so that nix-env / hydra look inside it for derivations.

      # Type

      ```
      recurseIntoAttrs :: AttrSet -> AttrSet
      ```
    */
    recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };

    /**
      Undo `recurseIntoAttrs`.

      # Type

      ```
      dontRecurseIntoAttrs :: AttrSet -> AttrSet
      ```
    */
    dontRecurseIntoAttrs = attrs: attrs // { recurseForDerivations = false; };

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
  };
in
self
