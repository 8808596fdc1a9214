# A type error in an option that is never read does not fail the evaluation of another.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.int; };
      options.b = lib.mkOption { type = lib.types.int; };
    }
    {
      a = 1;
      b = "wrong";
    }
  ];
}).config.a
