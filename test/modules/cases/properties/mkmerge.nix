# mkMerge combines several definitions inside one module.
lib:
(lib.evalModules {
  modules = [
    {
      options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; };
      options.s = lib.mkOption { type = lib.types.str; };
    }
    {
      config = lib.mkMerge [
        { xs = [ 1 ]; }
        { xs = [ 2 ]; s = "x"; }
        (lib.mkIf false { xs = [ 3 ]; })
      ];
    }
  ];
}).config
