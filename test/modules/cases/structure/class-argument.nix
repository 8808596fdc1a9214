# Modules receive the evaluation's class as `_class`.
lib:
(lib.evalModules {
  class = "nixos";
  modules = [
    (
      { _class, ... }:
      {
        options.cls = lib.mkOption { type = lib.types.str; };
        config.cls = _class;
      }
    )
  ];
}).config.cls
