# attrTag: a value is an attribute set with exactly one of the declared tags.
lib:
let
  t = lib.types.attrTag {
    path = lib.mkOption { type = lib.types.str; };
    text = lib.mkOption { type = lib.types.lines; };
  };
  e = lib.evalModules {
    modules = [
      { options.sources = lib.mkOption { type = lib.types.attrsOf t; }; }
      {
        sources.a.path = "/etc/a";
        sources.b.text = "hello";
      }
    ];
  };
in
{
  value = e.config.sources;
  inherit (t) name description;
}
