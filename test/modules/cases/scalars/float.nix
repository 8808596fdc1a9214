# float accepts floats only.
lib:
(lib.evalModules {
  modules = [
    { options.ratio = lib.mkOption { type = lib.types.float; }; }
    { ratio = 0.25; }
  ];
}).config.ratio
