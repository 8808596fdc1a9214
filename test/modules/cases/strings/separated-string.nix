# separatedString joins definitions with any separator; its description names it.
lib:
let
  t = lib.types.separatedString " | ";
  e = lib.evalModules {
    modules = [
      { options.alts = lib.mkOption { type = t; }; }
      { alts = "x"; }
      { alts = "y"; }
    ];
  };
in
{
  value = e.config.alts;
  inherit (t) name description;
  lines = lib.types.lines.description;
  commas = lib.types.commas.description;
  envVar = lib.types.envVar.description;
}
