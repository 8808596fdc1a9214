# What the functions leave unevaluated: values stay thunks unless the function must look.
lib:
let
  boom = throw "forced";
  ok = e: (builtins.tryEval e).success;
in
{
  mapAttrs = (lib.mapAttrs (n: v: boom) { a = 1; }) ? a;
  mapAttrs' = (lib.mapAttrs' (n: v: lib.nameValuePair n boom) { a = 1; }) ? a;
  genAttrs = (lib.genAttrs [ "a" ] (n: boom)) ? a;
  filterAttrs = lib.attrNames (lib.filterAttrs (n: v: n == "a") { a = boom; b = boom; });
  recursiveUpdateLeaf = ok (lib.recursiveUpdate { a = boom; } { a = 1; }).a;
  recursiveUpdateOneSide = (lib.recursiveUpdate { a = boom; } { b = 1; }).b;
  recursiveUpdateRhsLazy = ok (lib.recursiveUpdate { a = 1; } { a = boom; }).a;
  mergeAttrsList = (lib.mergeAttrsList [ { a = boom; } { b = 2; } ]).b;
  zipAttrsWith = (lib.zipAttrsWith (n: vs: builtins.length vs) [ { a = boom; } { a = boom; } ]).a;
  foldAttrs = (lib.foldAttrs (x: acc: acc) 0 [ { a = boom; } ]).a;
  attrByPathDefault = lib.attrByPath [ "a" ] boom { a = 1; };
  optional = builtins.length (lib.optional true boom);
  optionals = lib.optionals false boom;
  optionalString = lib.optionalString false boom;
  optionalAttrs = lib.optionalAttrs false boom;
  foldr = lib.foldr (x: acc: [ x ] ++ acc) [ ] [ 1 2 ];
  concatMap = builtins.length (lib.concatMap (x: [ boom ]) [ 1 2 ]);
  imap0 = builtins.length (lib.imap0 (i: x: boom) [ 1 2 ]);
  zipListsWith = builtins.length (lib.zipListsWith (a: b: boom) [ 1 ] [ 2 ]);
  reverseList = builtins.length (lib.reverseList [ boom boom ]);
  take = builtins.length (lib.take 1 [ boom boom ]);
  sublist = builtins.length (lib.sublist 1 1 [ boom boom boom ]);
  last = ok (lib.last [ 1 boom ]);
  lastOk = lib.last [ boom 2 ];
  init = builtins.length (lib.init [ boom boom ]);
  unique = ok (lib.unique [ 1 boom ]);
  fix = (lib.fix (self: { a = 1; b = boom; })).a;
  makeExtensible = (lib.makeExtensible (self: { a = 1; b = boom; })).a;
  setAttrByPath = (lib.setAttrByPath [ "a" "b" ] boom).a ? b;
  nameValuePair = (lib.nameValuePair "n" boom).name;
  listToAttrs = (lib.listToAttrs [ { name = "a"; value = boom; } ]) ? a;
  cartesianProduct = builtins.length (lib.cartesianProduct { a = [ boom boom ]; });
  collect = ok (lib.collect (x: x == 1) { a = boom; });
  mapAttrsRecursive = (lib.mapAttrsRecursive (p: v: boom) { a.b = 1; }).a ? b;
  getOutput = ok (lib.getBin { outputSpecified = boom; });
  toPrettyLazy = ok (lib.generators.toPretty { } { a = boom; });
  isDerivation = lib.isDerivation { type = "x"; outPath = boom; };
  filterAttrsRecursive = lib.attrNames (lib.filterAttrsRecursive (n: v: n != "drop") { keep = 1; drop = boom; });
  mapAttrsToList = builtins.length (lib.mapAttrsToList (n: v: boom) { a = 1; b = 2; });
  catAttrs = builtins.length (lib.catAttrs "a" [ { a = boom; } ]);
}
