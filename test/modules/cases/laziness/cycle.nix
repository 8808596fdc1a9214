# Two options defined from each other recurse forever.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.a = lib.mkOption { type = lib.types.int; };
        options.b = lib.mkOption { type = lib.types.int; };
        config.a = config.b;
        config.b = config.a;
      }
    )
  ];
}).config.a
