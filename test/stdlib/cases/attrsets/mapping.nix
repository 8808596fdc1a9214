# Mapping, filtering and generating attribute sets.
lib:
let
  s = { a = 1; b = 2; c = 3; };
in
{
  mapAttrs = lib.mapAttrs (n: v: "${n}${toString v}") s;
  mapAttrs' = lib.mapAttrs' (n: v: lib.nameValuePair "x-${n}" (v * 2)) s;
  mapAttrsToList = lib.mapAttrsToList (n: v: "${n}=${toString v}") s;
  attrsToList = lib.attrsToList { y = 1; x = 2; };
  mapAttrsRecursive = lib.mapAttrsRecursive (path: v: lib.concatStringsSep "." path) { a.b = 1; c = 2; d.e.f = 3; };
  mapAttrsRecursiveCond = lib.mapAttrsRecursiveCond (as: !(as ? stop)) (path: v: path) { a.b = 1; s = { stop = 1; x = 2; }; };
  mapAttrsToListRecursive = lib.mapAttrsToListRecursive (path: v: "${lib.concatStringsSep "." path}=${toString v}") { a.b = 1; c = 2; d = { }; };
  mapAttrsToListRecursiveCond = lib.mapAttrsToListRecursiveCond (path: v: path != [ "a" ]) (path: v: path) { a.b = 1; c.d = 2; };
  filterAttrs = lib.filterAttrs (n: v: v > 1) s;
  filterAttrsRecursive = lib.filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; }; e = 2; };
  genAttrs = lib.genAttrs [ "x" "y" ] (n: n + n);
  genAttrs' = lib.genAttrs' [ 1 2 ] (i: lib.nameValuePair "n${toString i}" i);
  nameValuePair = lib.nameValuePair "k" "v";
  concatMapAttrs = lib.concatMapAttrs (n: v: { ${n} = v; "${n}2" = v * 2; }) { a = 1; b = 2; };
  listToAttrs = lib.listToAttrs [ { name = "a"; value = 1; } { name = "a"; value = 2; } ];
  attrNames = lib.attrNames { b = 1; a = 2; };
  attrValues = lib.attrValues { b = 1; a = 2; };
  attrVals = lib.attrVals [ "b" "a" ] { a = 1; b = 2; };
  getAttrs = lib.getAttrs [ "a" ] { a = 1; b = 2; };
  catAttrs = lib.catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; } ];
  optionalAttrs = [ (lib.optionalAttrs true { a = 1; }) (lib.optionalAttrs false (throw "lazy")) ];
  collect = lib.collect builtins.isInt { a = 1; b = { c = 2; d = "x"; }; e = [ 3 ]; };
  collectSets = lib.collect (x: x ? outPath) { a = { outPath = "/a"; }; b.c = { outPath = "/c"; x = 1; }; };
  cartesianProduct = lib.cartesianProduct { a = [ 1 2 ]; b = [ "x" "y" ]; };
  cartesianProductEmpty = lib.cartesianProduct { };
  mapCartesianProduct = lib.mapCartesianProduct ({ a, b }: "${toString a}${b}") { a = [ 1 2 ]; b = [ "x" ]; };
  removeAttrs = lib.removeAttrs { a = 1; b = 2; } [ "a" ];
  intersectAttrs = lib.intersectAttrs { a = null; } { a = 1; b = 2; };
  overrideExisting = lib.attrsets.overrideExisting { a = 1; b = 2; } { b = 20; c = 30; };
  matchAttrs = [ (lib.matchAttrs { a.b = 1; } { a = { b = 1; c = 2; }; d = 3; }) (lib.matchAttrs { a = 1; } { a = 2; }) (lib.matchAttrs { q = 1; } { }) (lib.matchAttrs { a.b = 1; } { a = 1; }) ];
  recurseIntoAttrs = lib.recurseIntoAttrs { a = 1; };
  dontRecurseIntoAttrs = lib.dontRecurseIntoAttrs { a = 1; };
  isAttrs = lib.isAttrs { };
  hasAttr = lib.hasAttr "a" { a = 1; };
  getAttr = lib.getAttr "a" { a = 1; };
}
