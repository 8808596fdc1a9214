# nullOr (listOf ..) merges list definitions.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.nullOr (lib.types.listOf lib.types.int); }; }
    { a = [ 1 ]; }
    { a = [ 2 ]; }
  ];
}).config.a
