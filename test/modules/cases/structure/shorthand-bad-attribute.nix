# With an explicit `config`, other top-level attributes are rejected.
lib:
(lib.evalModules {
  modules = [
    {
      options.x = lib.mkOption { type = lib.types.int; };
      config.x = 1;
      y = 2;
    }
  ];
}).config.x
