# Types with an empty value (lists, attribute sets, null) need no definition.
lib:
(lib.evalModules {
  modules = [
    {
      options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; };
      options.attrs = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
      options.maybe = lib.mkOption { type = lib.types.nullOr lib.types.int; };
    }
  ];
}).config
