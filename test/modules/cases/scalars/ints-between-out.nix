# ints.between rejects values outside its range.
lib:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.ints.between (-3) 3; }; }
    { n = 4; }
  ];
}).config.n
