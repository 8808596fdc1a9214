# A submodule definition may be a path to a module file.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; };
      };
    }
    { server = ./definition-path/server.nix; }
  ];
}).config.server
