# coercedTo rejects values of neither type.
lib:
(lib.evalModules {
  modules = [
    {
      options.xs = lib.mkOption {
        type = lib.types.coercedTo lib.types.int toString lib.types.str;
      };
    }
    { xs = [ ]; }
  ];
}).config.xs
