# int: signed integers, including negative ones.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.int; };
      options.b = lib.mkOption { type = lib.types.int; };
    }
    {
      a = -5;
      b = 9223372036854775807;
    }
  ];
}).config
