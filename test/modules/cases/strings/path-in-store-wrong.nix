# pathInStore rejects a path outside the store.
lib:
(lib.evalModules {
  modules = [
    { options.p = lib.mkOption { type = lib.types.pathInStore; }; }
    { p = "/etc/hosts"; }
  ];
}).config.p
