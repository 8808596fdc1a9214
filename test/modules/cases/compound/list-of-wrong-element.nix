# listOf reports the element that has the wrong type, with its index.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = [ 1 "two" 3 ]; }
  ];
}).config.xs
