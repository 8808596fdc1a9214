# Two different values for one _module.args entry: the entry is raw, so they conflict.
lib:
(lib.evalModules {
  modules = [
    { _module.args.x = 1; }
    { _module.args.x = 2; }
    (
      { x, ... }:
      {
        options.v = lib.mkOption { default = x; };
      }
    )
  ];
}).config.v
