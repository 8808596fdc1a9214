# uniq allows a single definition only, even of a mergeable type.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.uniq (lib.types.listOf lib.types.int); }; }
    { xs = [ 1 ]; }
  ];
}).config.xs
