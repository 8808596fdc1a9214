# An option of submodule type can receive sub-options from other modules.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule {
          options.host = lib.mkOption { default = "localhost"; };
        };
        default = { };
      };
    }
    { options.server.port = lib.mkOption { default = 80; }; }
    { server.port = 8080; }
  ];
}).config.server
