# Options may depend on each other in any order, as long as there is no cycle.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.a = lib.mkOption { default = config.b + 1; };
        options.b = lib.mkOption { default = config.c * 2; };
        options.c = lib.mkOption { default = 5; };
      }
    )
  ];
}).config
