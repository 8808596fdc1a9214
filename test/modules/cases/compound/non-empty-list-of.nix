# nonEmptyListOf accepts a list with elements.
lib:
let
  t = lib.types.nonEmptyListOf lib.types.str;
in
{
  inherit (t) name description;
  value =
    (lib.evalModules {
      modules = [
        { options.xs = lib.mkOption { type = t; }; }
        { xs = [ "a" ]; }
      ];
    }).config.xs;
}
