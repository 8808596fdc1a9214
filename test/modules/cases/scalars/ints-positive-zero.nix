# ints.positive rejects zero.
lib:
(lib.evalModules {
  modules = [
    { options.count = lib.mkOption { type = lib.types.ints.positive; }; }
    { count = 0; }
  ];
}).config.count
