# mkBefore and mkAfter order list definitions; mkOrder takes any priority.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { xs = [ "middle" ]; }
    { xs = lib.mkAfter [ "last" ]; }
    { xs = lib.mkBefore [ "first" ]; }
    { xs = lib.mkOrder 1200 [ "after-middle" ]; }
    { xs = lib.mkOrder 100 [ "very-first" ]; }
  ];
}).config.xs
