# An undeclared option inside a submodule is reported with its full path.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; };
      };
    }
    { server.prot = 80; }
  ];
}).config.server.port
