# An option's definition that reads the option itself is an infinite recursion.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; };
        config.xs = [ 1 ] ++ config.xs;
      }
    )
  ];
}).config.xs
