# str rejects an integer.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; }
    { name = 5; }
  ];
}).config.name
