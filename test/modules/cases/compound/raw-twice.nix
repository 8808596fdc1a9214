# raw rejects two definitions.
lib:
(lib.evalModules {
  modules = [
    { options.r = lib.mkOption { type = lib.types.raw; }; }
    { r = 1; }
    { r = 1; }
  ];
}).config.r
