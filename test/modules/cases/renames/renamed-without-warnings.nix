# Without a warnings option, a renamed option still forwards its definitions.
lib:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { old = [ 1 ]; }
    { new = [ 2 ]; }
  ];
}).config.new
