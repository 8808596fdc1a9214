# ints.u8 rejects 256.
lib:
(lib.evalModules {
  modules = [
    { options.level = lib.mkOption { type = lib.types.ints.u8; }; }
    { level = 256; }
  ];
}).config.level
