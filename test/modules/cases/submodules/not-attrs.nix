# A submodule definition must be an attribute set, a function or a path.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; };
      };
    }
    { server = 80; }
  ];
}).config.server
