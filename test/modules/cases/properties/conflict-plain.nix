# Two different plain definitions of a single-valued option conflict.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = 1; }
    { a = 2; }
  ];
}).config.a
