# path accepts path values and strings starting with a slash.
lib:
let
  t = lib.types.path;
  e = lib.evalModules {
    modules = [
      { options.file = lib.mkOption { type = t; }; }
      { file = "/etc/hosts"; }
    ];
  };
in
{
  value = e.config.file;
  checks = map t.check [
    ./path.nix
    "/abs"
    "relative"
    ""
    1
  ];
  inherit (t) name description;
}
