# An override inside mkOrder is not discharged: the definition fails the type check.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ 1 ]; }
    { xs = lib.mkBefore (lib.mkForce [ 2 ]); }
  ];
}).config.xs
