# Priorities are applied before ordering: an mkDefault around mkBefore is dropped.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ 1 ]; }
    { xs = lib.mkDefault (lib.mkBefore [ 0 ]); }
    { xs = lib.mkAfter [ 2 ]; }
  ];
}).config.xs
