# numbers.between rejects values outside the range.
lib:
(lib.evalModules {
  modules = [
    { options.weight = lib.mkOption { type = lib.types.numbers.between 0 1; }; }
    { weight = 1.5; }
  ];
}).config.weight
