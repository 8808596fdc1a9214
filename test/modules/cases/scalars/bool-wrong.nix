# bool rejects integers.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.bool; }; }
    { a = 1; }
  ];
}).config.a
