# A submodule does not see the outer evaluation's _module.args.
lib:
(lib.evalModules {
  modules = [
    { _module.args.outer = "from outside"; }
    {
      options.inner = lib.mkOption {
        type = lib.types.submodule (
          { outer, ... }:
          {
            options.v = lib.mkOption { default = outer; };
          }
        );
        default = { };
      };
    }
  ];
}).config.inner.v
