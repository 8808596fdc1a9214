# unspecified merges attribute sets and lists; scalars must be equal.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.unspecified; };
      options.b = lib.mkOption { type = lib.types.unspecified; };
    }
    {
      a = [ 1 ];
      b.x = 1;
    }
    {
      a = [ 2 ];
      b.y = 2;
    }
  ];
}).config
