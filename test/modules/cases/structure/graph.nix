# The evaluation's `graph` lists modules, their imports and whether they are disabled.
lib:
let
  e = lib.evalModules {
    modules = [
      ./graph/a.nix
      { disabledModules = [ ./graph/b.nix ]; }
    ];
  };
  show = m: {
    inherit (m) disabled;
    file = baseNameOf m.file;
    imports = map show m.imports;
  };
in
map show e.graph
