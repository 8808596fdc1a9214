# number rejects strings.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.number; }; }
    { a = "3"; }
  ];
}).config.a
