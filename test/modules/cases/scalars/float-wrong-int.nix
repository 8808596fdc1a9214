# float rejects integers.
lib:
(lib.evalModules {
  modules = [
    { options.ratio = lib.mkOption { type = lib.types.float; }; }
    { ratio = 1; }
  ];
}).config.ratio
