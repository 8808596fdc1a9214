# A function definition of a submodule is a full module: it can import others.
lib:
(lib.evalModules {
  modules = [
    {
      options.server = lib.mkOption {
        type = lib.types.submodule {
          options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; };
        };
      };
    }
    {
      server =
        { ... }:
        {
          imports = [ { ports = [ 1 ]; } ];
          ports = [ 2 ];
        };
    }
  ];
}).config.server
