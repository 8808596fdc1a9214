# attrsOf (listOf ..) concatenates the lists of equal names.
lib:
(lib.evalModules {
  modules = [
    { options.groups = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); }; }
    { groups.wheel = [ "alice" ]; }
    {
      groups.wheel = [ "bob" ];
      groups.audio = [ "carol" ];
    }
  ];
}).config.groups
