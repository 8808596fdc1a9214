# A custom type's check rejects a definition with the type's description.
lib:
let
  even = lib.mkOptionType {
    name = "even";
    description = "even integer";
    check = x: builtins.isInt x && lib.mod x 2 == 0;
    merge = lib.mergeEqualOption;
  };
in
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = even; }; }
    { n = 3; }
  ];
}).config.n
