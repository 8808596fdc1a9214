# submoduleWith passes specialArgs to the submodule's modules.
lib:
(lib.evalModules {
  modules = [
    {
      options.inner = lib.mkOption {
        type = lib.types.submoduleWith {
          specialArgs.flavour = "mint";
          modules = [
            (
              { flavour, ... }:
              {
                options.v = lib.mkOption { default = flavour; };
              }
            )
          ];
        };
        default = { };
      };
    }
  ];
}).config.inner.v
