# Lower mkOverride numbers win; equal priorities merge.
lib:
(lib.evalModules {
  modules = [
    { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { xs = lib.mkOverride 200 [ 1 ]; }
    { xs = lib.mkOverride 20 [ 2 ]; }
    { xs = lib.mkOverride 20 [ 3 ]; }
    { xs = [ 4 ]; }
  ];
}).config.xs
