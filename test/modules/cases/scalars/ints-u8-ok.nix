# ints.u8 accepts 0 through 255.
lib:
(lib.evalModules {
  modules = [
    { options.level = lib.mkOption { type = lib.types.ints.u8; }; }
    { level = 255; }
  ];
}).config.level
