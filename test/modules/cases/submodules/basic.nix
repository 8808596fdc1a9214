# A submodule option: definitions from several modules merge inside it, defaults fill the rest.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule {
          options = {
            host = lib.mkOption {
              type = lib.types.str;
              default = "localhost";
            };
            port = lib.mkOption { type = lib.types.port; };
            tags = lib.mkOption {
              type = lib.types.listOf lib.types.str;
              default = [ ];
            };
          };
        };
      };
    }
    { server.port = 80; }
    { server.tags = [ "web" ]; }
  ];
}).config.server
