# mkDefinition gives a definition its own file for reports.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      {
        xs = lib.mkDefinition {
          file = "elsewhere.nix";
          value = [ 1 ];
        };
      }
    ];
  };
in
{
  inherit (e.options.xs) files;
  value = e.config.xs;
}
