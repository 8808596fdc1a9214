# ints.unsigned rejects negative numbers.
lib:
(lib.evalModules {
  modules = [
    { options.count = lib.mkOption { type = lib.types.ints.unsigned; }; }
    { count = -1; }
  ];
}).config.count
