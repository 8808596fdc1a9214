# attrs rejects a list.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.attrs; }; }
    { a = [ ]; }
  ];
}).config.a
