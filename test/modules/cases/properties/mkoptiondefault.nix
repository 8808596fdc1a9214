# mkOptionDefault has the priority of an option default: both merge.
lib:
(lib.evalModules {
  modules = [
    {
      options.xs = lib.mkOption {
        type = lib.types.listOf lib.types.int;
        default = [ 1 ];
      };
    }
    { xs = lib.mkOptionDefault [ 2 ]; }
  ];
}).config.xs
