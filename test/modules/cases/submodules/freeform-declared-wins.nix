# A declared option inside a freeform submodule keeps its own type.
lib:
(lib.evalModules {
  modules = [
    {
      options.settings = lib.mkOption {
        type = lib.types.submodule {
          freeformType = lib.types.attrsOf lib.types.anything;
          options.port = lib.mkOption { type = lib.types.port; };
        };
      };
    }
    { settings.port = "eighty"; }
  ];
}).config.settings
