# The alias takes the target's type: a wrong definition through it is a type error.
lib:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.int; }; }
    { old = "not an int"; }
  ];
}).config.new
