# boolByOr merges definitions with `or` instead of requiring equality.
lib:
(lib.evalModules {
  modules = [
    { options.any = lib.mkOption { type = lib.types.boolByOr; }; }
    { any = false; }
    { any = true; }
    { any = false; }
  ];
}).config.any
