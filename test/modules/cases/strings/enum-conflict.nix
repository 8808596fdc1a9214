# Two different enum values conflict.
lib:
(lib.evalModules {
  modules = [
    { options.level = lib.mkOption { type = lib.types.enum [ "low" "high" ]; }; }
    { level = "low"; }
    { level = "high"; }
  ];
}).config.level
