# functionTo rejects a value that is not a function.
lib:
(lib.evalModules {
  modules = [
    { options.f = lib.mkOption { type = lib.types.functionTo lib.types.int; }; }
    { f = 1; }
  ];
}).config.f
