# A module given as a plain attribute set with explicit options and config.
lib:
(lib.evalModules {
  modules = [
    {
      options.greeting = lib.mkOption { type = lib.types.str; };
      config.greeting = "hello";
    }
  ];
}).config
