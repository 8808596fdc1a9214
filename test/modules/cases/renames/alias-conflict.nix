# A definition through an alias conflicts with a different direct one of equal priority.
lib:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.str; }; }
    { old = "a"; }
    { new = "b"; }
  ];
}).config.new
