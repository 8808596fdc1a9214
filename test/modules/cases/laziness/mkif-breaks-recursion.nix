# The same dependency written with mkIf is fine: properties are pushed down lazily.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.a = lib.mkOption { default = 1; };
        options.b = lib.mkOption { default = 2; };
        config = lib.mkIf (config.a == 1) { b = 3; };
      }
    )
  ];
}).config.b
