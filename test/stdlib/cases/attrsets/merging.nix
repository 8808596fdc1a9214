# Zipping and (recursive) merging.
lib:
{
  zipAttrsWith = lib.zipAttrsWith (n: vs: { inherit n vs; }) [ { a = 1; b = 2; } { a = 3; } { c = 4; } ];
  zipAttrs = lib.zipAttrs [ { a = 1; } { a = 2; b = 3; } ];
  zipAttrsWithNames = lib.zipAttrsWithNames [ "a" "z" ] (n: vs: vs) [ { a = 1; } { a = 2; b = 3; } ];
  mergeAttrsList = lib.mergeAttrsList [ { a = 1; b = 1; } { b = 2; } { c = 3; } { a = 4; } ];
  mergeAttrsListEmpty = lib.mergeAttrsList [ ];
  mergeAttrsListOne = lib.mergeAttrsList [ { x = 1; } ];
  recursiveUpdate = lib.recursiveUpdate { a = { b = 1; c = 2; }; d = 1; e = { f = 1; }; } { a = { b = 10; }; d = { x = 1; }; e = 5; };
  recursiveUpdateUntil = lib.recursiveUpdateUntil (path: l: r: path == [ "a" "keep" ]) { a = { keep = { x = 1; }; other = { y = 1; }; }; } { a = { keep = { z = 2; }; other = { w = 2; }; }; };
  foldlAttrs = lib.foldlAttrs (acc: n: v: acc ++ [ "${n}${toString v}" ]) [ "init" ] { b = 2; a = 1; };
  unionOfDisjoint = lib.attrsets.unionOfDisjoint { a = 1; } { b = 2; };
  unionOfDisjointClash = (builtins.tryEval (lib.attrsets.unionOfDisjoint { a = 1; } { a = 2; }).a).success;
  mergeAttrs = lib.mergeAttrs { a = 1; } { a = 2; b = 3; };
}
