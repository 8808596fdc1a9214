# nonEmptyListOf rejects an empty list.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.str; }; }
    { xs = [ ]; }
  ];
}).config.xs
