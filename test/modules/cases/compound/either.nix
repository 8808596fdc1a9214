# either accepts values of either type.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; };
      options.b = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; };
    }
    {
      a = 1;
      b = "one";
    }
  ];
}).config
