# Nested mkIf: all conditions must hold.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = lib.mkIf true (lib.mkIf true [ 1 ]); }
    { xs = lib.mkIf true (lib.mkIf false [ 2 ]); }
    { xs = lib.mkIf false (lib.mkIf true [ 3 ]); }
  ];
}).config.xs
