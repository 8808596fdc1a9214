# int rejects numeric strings.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = "1"; }
  ];
}).config.a
