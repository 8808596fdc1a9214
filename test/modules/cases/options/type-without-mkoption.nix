# A bare type in `options` (without mkOption) is rejected.
lib:
(lib.evalModules {
  modules = [ { options.count = lib.types.int; } ];
}).config
