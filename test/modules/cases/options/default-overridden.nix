# A definition wins over the default.
lib:
(lib.evalModules {
  modules = [
    {
      options.port = lib.mkOption {
        type = lib.types.int;
        default = 8080;
      };
    }
    { port = 443; }
  ];
}).config.port
