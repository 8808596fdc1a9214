# Paths in `imports` are loaded transitively; each file contributes declarations and definitions.
lib:
let
  e = lib.evalModules { modules = [ ./imports-transitive/top.nix ]; };
in
{
  inherit (e.config) names;
  files = map baseNameOf e.options.names.files;
  declarations = map baseNameOf e.options.names.declarations;
}
