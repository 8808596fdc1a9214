# mkIf around a whole config is pushed down to each attribute: no recursion on the condition.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.a = lib.mkOption { default = 1; };
        options.b = lib.mkOption { default = 2; };
        config = lib.mkIf (config.a == 1) { b = 20; };
      }
    )
  ];
}).config
