# _module.freeformType accepts definitions without options and merges them with that type.
lib:
(lib.evalModules {
  modules = [
    {
      config._module.freeformType = lib.types.attrsOf lib.types.str;
      options.declared = lib.mkOption {
        type = lib.types.str;
        default = "d";
      };
    }
    {
      extra = "e";
      other = "o";
    }
  ];
}).config
