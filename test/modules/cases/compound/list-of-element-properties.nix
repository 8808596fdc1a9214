# Elements of a list may be wrapped in mkIf.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ (lib.mkIf true 1) (lib.mkIf false 2) 3 ]; }
  ];
}).config.xs
