# Computing which top-level attributes a module defines from config recurses.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.a = lib.mkOption { default = 1; };
        options.b = lib.mkOption { default = 2; };
        config = if config.a == 1 then { b = 3; } else { };
      }
    )
  ];
}).config.b
