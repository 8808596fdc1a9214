# addCheck: an odd number for an even-only option.
lib:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.addCheck lib.types.int (x: lib.mod x 2 == 0); }; }
    { n = 3; }
  ];
}).config.n
