# A deferredModule option imported into every entry of an attrsOf submodule.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.defaults = lib.mkOption {
          type = lib.types.deferredModule;
          default = { };
        };
        options.machines = lib.mkOption {
          type = lib.types.attrsOf (
            lib.types.submodule {
              imports = [ config.defaults ];
              options.role = lib.mkOption { type = lib.types.str; };
            }
          );
        };
      }
    )
    { defaults.role = lib.mkDefault "worker"; }
    {
      machines.a = { };
      machines.b.role = "leader";
    }
  ];
}).config.machines
