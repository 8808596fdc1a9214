# listOf concatenates definitions (last module first) and checks each element.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ 1 2 ]; }
    { xs = [ 3 ]; }
  ];
}).config.xs
