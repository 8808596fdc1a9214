# enum accepts one of its values, of any type.
lib:
(lib.evalModules {
  modules = [
    {
      options.level = lib.mkOption { type = lib.types.enum [ "low" "high" ]; };
      options.mode = lib.mkOption { type = lib.types.enum [ 1 2 "auto" ]; };
    }
    {
      level = "high";
      mode = 2;
    }
  ];
}).config
