# deferredModule rejects values that cannot be modules.
lib:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.deferredModule; }; }
    { m = 5; }
  ];
}).config.m
