# The default has the lowest priority: it is dropped once anything is defined, even for lists.
lib:
(lib.evalModules {
  modules = [
    {
      options.xs = lib.mkOption {
        type = lib.types.listOf lib.types.int;
        default = [ 1 2 ];
      };
    }
    { xs = [ 3 ]; }
  ];
}).config.xs
