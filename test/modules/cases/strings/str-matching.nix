# strMatching accepts strings matching the whole pattern.
lib:
let
  t = lib.types.strMatching "[a-z]+-[0-9]+";
in
{
  checks = map t.check [
    "web-1"
    "web-"
    "xweb-1x"
    "Web-1"
  ];
  inherit (t) name description;
  value =
    (lib.evalModules {
      modules = [
        { options.host = lib.mkOption { type = t; }; }
        { host = "db-12"; }
      ];
    }).config.host;
}
