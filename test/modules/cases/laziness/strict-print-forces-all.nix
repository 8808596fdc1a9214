# Printing the whole config (strictly) reaches the broken option.
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
}).config
