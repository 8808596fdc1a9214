# An option without definitions takes its default.
lib:
(lib.evalModules {
  modules = [
    {
      options.port = lib.mkOption {
        type = lib.types.int;
        default = 8080;
      };
    }
  ];
}).config.port
