# Definitions through an alias keep their priority against direct ones.
lib:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.str; }; }
    { old = lib.mkDefault "through alias"; }
    { new = "direct"; }
  ];
}).config.new
