# Attribute-set helpers for Arbor's library.
#
# Builtins-only versions of the nixpkgs `lib.attrsets` functions Arbor uses,
# plus `pathOf`, which walks a fact path such as "storage.zfs.hostId" and
# reports how far it got: validation needs the deepest attribute that *does*
# exist so a `missing-fact` can point at the line to extend.
let
  inherit (builtins)
    attrNames
    listToAttrs
    map
    filter
    isAttrs
    length
    elemAt
    hasAttr
    getAttr
    ;

  /**
    A list of `f name value` for every attribute of `set`, in name order.
  */
  mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);

  /**
    The attributes of `set` for which `pred name value` holds.
  */
  filterAttrs =
    pred: set:
    listToAttrs (
      map (name: {
        inherit name;
        value = set.${name};
      }) (filter (name: pred name set.${name}) (attrNames set))
    );

  /**
    An attribute set with each of `names` mapped to `f name`.
  */
  genAttrs =
    names: f:
    listToAttrs (
      map (name: {
        inherit name;
        value = f name;
      }) names
    );

  /**
    `set` when `cond` holds, else `{ }`.
  */
  optionalAttrs = cond: set: if cond then set else { };

  /**
    Walk `path` (a list of names) into `set`. Returns { found; value; parent; depth; } where `depth`
    is how many components exist and `parent` is the attrset holding the deepest existing one (for
    `unsafeGetAttrPos`).
  */
  pathOf =
    path: set:
    let
      n = length path;
      go =
        i: current: parent:
        if i == n then
          {
            found = true;
            value = current;
            inherit parent;
            depth = n;
          }
        else if isAttrs current && hasAttr (elemAt path i) current then
          go (i + 1) (getAttr (elemAt path i) current) current
        else
          {
            found = false;
            value = null;
            inherit parent;
            depth = i;
          };
    in
    go 0 set null;
in
{
  inherit
    mapAttrsToList
    filterAttrs
    genAttrs
    optionalAttrs
    pathOf
    ;
}
