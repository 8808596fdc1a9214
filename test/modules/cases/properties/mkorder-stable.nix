# Definitions with the same order keep module order (last module first).
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ 1 ]; }
    { xs = [ 2 ]; }
    { xs = lib.mkBefore [ 3 ]; }
    { xs = lib.mkBefore [ 4 ]; }
  ];
}).config.xs
