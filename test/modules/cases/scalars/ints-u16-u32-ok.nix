# ints.u16, ints.u32 and ints.s16 accept their maxima.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.ints.u16; };
      options.b = lib.mkOption { type = lib.types.ints.u32; };
      options.c = lib.mkOption { type = lib.types.ints.s16; };
    }
    {
      a = 65535;
      b = 4294967295;
      c = -32768;
    }
  ];
}).config
