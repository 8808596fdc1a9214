# int rejects floats.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = 1.5; }
  ];
}).config.a
