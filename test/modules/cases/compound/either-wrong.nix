# either rejects values of neither type.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; }; }
    { a = true; }
  ];
}).config.a
