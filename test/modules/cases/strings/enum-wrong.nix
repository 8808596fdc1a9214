# enum rejects other values.
lib:
(lib.evalModules {
  modules = [
    { options.level = lib.mkOption { type = lib.types.enum [ "low" "high" ]; }; }
    { level = "medium"; }
  ];
}).config.level
