# An unused renamed option produces no warning.
lib:
let
  c =
    (lib.evalModules {
      modules = [
        (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
        {
          options.new = lib.mkOption { default = 1; };
          options.warnings = lib.mkOption {
            type = lib.types.listOf lib.types.str;
            default = [ ];
          };
        }
      ];
    }).config;
in
{
  inherit (c) new warnings;
}
