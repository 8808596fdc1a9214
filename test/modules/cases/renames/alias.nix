# mkAliasOptionModule: the old name forwards definitions to the new one, and reads it back.
lib:
let
  e = lib.evalModules {
    modules = [
      (lib.mkAliasOptionModule [ "old" "name" ] [ "new" "name" ])
      { options.new.name = lib.mkOption { type = lib.types.str; }; }
      { old.name = "via alias"; }
    ];
  };
in
{
  new = e.config.new.name;
  old = e.config.old.name;
  visible = e.options.old.name.visible;
  description = e.options.old.name.description;
}
