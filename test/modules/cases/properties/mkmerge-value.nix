# mkMerge as an option's value.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = lib.mkMerge [ [ 1 ] [ 2 3 ] ]; }
  ];
}).config.xs
