# either (listOf ..) (attrsOf ..) merges definitions with the branch they all fit.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption {
        type = lib.types.either (lib.types.listOf lib.types.int) (lib.types.attrsOf lib.types.int);
      };
    }
    { a.x = 1; }
    { a.y = 2; }
  ];
}).config.a
