# A module given as a function receives lib, config and options.
lib:
(lib.evalModules {
  modules = [
    (
      { lib, config, ... }:
      {
        options.a = lib.mkOption { type = lib.types.int; };
        options.b = lib.mkOption { type = lib.types.int; };
        config.a = 20;
        config.b = config.a + 1;
      }
    )
  ];
}).config
