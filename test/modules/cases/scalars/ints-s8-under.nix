# ints.s8 rejects -129.
lib:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.ints.s8; }; }
    { n = -129; }
  ];
}).config.n
