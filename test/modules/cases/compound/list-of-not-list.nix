# listOf rejects a non-list definition.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = 1; }
  ];
}).config.xs
