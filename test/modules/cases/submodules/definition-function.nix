# A submodule definition may itself be a module function with its own config.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule {
          options.port = lib.mkOption { type = lib.types.port; };
          options.url = lib.mkOption { type = lib.types.str; };
        };
      };
    }
    {
      server =
        { config, ... }:
        {
          port = 8080;
          url = "http://localhost:${toString config.port}";
        };
    }
  ];
}).config.server
