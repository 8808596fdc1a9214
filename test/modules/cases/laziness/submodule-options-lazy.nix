# Inside a submodule, reading one option does not force the others.
lib:
(lib.evalModules {
  modules = [
    {
      options.s = lib.mkOption {
        type = lib.types.submodule {
          options.a = lib.mkOption { };
          options.b = lib.mkOption { };
        };
      };
    }
    {
      s.a = 1;
      s.b = throw "b";
    }
  ];
}).config.s.a
