# A freeform type with nested attribute sets, as used for settings files.
lib:
let
  settingsType = lib.types.attrsOf (lib.types.attrsOf (lib.types.either lib.types.int lib.types.str));
in
(lib.evalModules {
  modules = [
    {
      options.settings = lib.mkOption {
        type = lib.types.submodule {
          freeformType = settingsType;
          options.main.port = lib.mkOption {
            type = lib.types.port;
            default = 80;
          };
        };
        default = { };
      };
    }
    {
      settings.main.user = "www";
      settings.log.level = 3;
    }
  ];
}).config.settings
