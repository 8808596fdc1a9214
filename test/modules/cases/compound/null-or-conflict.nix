# null and a value for the same nullOr option conflict.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
    { a = null; }
    { a = "x"; }
  ];
}).config.a
