# nullOr: null is the empty value; a definition overrides it.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.nullOr lib.types.int; };
      options.b = lib.mkOption { type = lib.types.nullOr lib.types.int; };
      options.c = lib.mkOption {
        type = lib.types.nullOr lib.types.int;
        default = 3;
      };
    }
    {
      b = 2;
      c = null;
    }
  ];
}).config
