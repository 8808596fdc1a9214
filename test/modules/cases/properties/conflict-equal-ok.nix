# Equal definitions of a single-valued option do not conflict.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = 1; }
    { a = 1; }
  ];
}).config.a
