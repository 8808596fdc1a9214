# nullOr still checks non-null values.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.nullOr lib.types.int; }; }
    { a = "x"; }
  ];
}).config.a
