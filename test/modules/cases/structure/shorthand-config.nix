# Without `options`/`config`, every attribute of a module is configuration.
lib:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.int; }; }
    { x = 3; }
  ];
}).config.x
