# uniq rejects two definitions.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.uniq (lib.types.listOf lib.types.int); }; }
    { xs = [ 1 ]; }
    { xs = [ 2 ]; }
  ];
}).config.xs
