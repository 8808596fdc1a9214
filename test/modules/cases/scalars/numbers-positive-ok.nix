# numbers.positive accepts positive floats and integers.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.numbers.positive; };
      options.b = lib.mkOption { type = lib.types.numbers.nonnegative; };
    }
    {
      a = 0.1;
      b = 0;
    }
  ];
}).config
