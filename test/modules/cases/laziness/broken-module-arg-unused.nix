# A module argument that fails is only evaluated when used.
lib:
(lib.evalModules {
  modules = [
    { _module.args.broken = throw "not needed"; }
    (
      { broken, ... }:
      {
        options.a = lib.mkOption { default = 1; };
        options.b = lib.mkOption { default = broken; };
      }
    )
  ];
}).config.a
