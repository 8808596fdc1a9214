# ints.between accepts both bounds.
lib:
(lib.evalModules {
  modules = [
    {
      options.lo = lib.mkOption { type = lib.types.ints.between 1 5; };
      options.hi = lib.mkOption { type = lib.types.ints.between 1 5; };
    }
    {
      lo = 1;
      hi = 5;
    }
  ];
}).config
