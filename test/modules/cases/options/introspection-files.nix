# `files` lists where definitions come from (after priorities), `declarations` where the option is declared.
lib:
let
  e = lib.evalModules {
    modules = [
      ./introspection-files/decl.nix
      ./introspection-files/first.nix
      ./introspection-files/second.nix
      ./introspection-files/weak.nix
    ];
  };
  o = e.options.list;
in
{
  files = map baseNameOf o.files;
  declarations = map baseNameOf o.declarations;
  positions = map (p: {
    file = baseNameOf p.file;
    inherit (p) line column;
  }) o.declarationPositions;
  withLocations = map (d: {
    file = baseNameOf d.file;
    inherit (d) value;
  }) o.definitionsWithLocations;
}
