# A custom type from mkOptionType with its own check and merge.
lib:
let
  csv = lib.mkOptionType {
    name = "csv";
    description = "comma-separated values";
    check = builtins.isString;
    merge = loc: defs: lib.concatStringsSep "," (lib.getValues defs);
  };
  e = lib.evalModules {
    modules = [
      { options.fields = lib.mkOption { type = csv; }; }
      { fields = "a"; }
      { fields = "b"; }
    ];
  };
in
{
  value = e.config.fields;
  inherit (e.options.fields.type) name description;
}
