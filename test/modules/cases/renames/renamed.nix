# mkRenamedOptionModule forwards like an alias and records a warning when a warnings option exists.
lib:
let
  e = lib.evalModules {
    modules = [
      (lib.mkRenamedOptionModule [ "services" "old" ] [ "services" "new" ])
      {
        options.services.new = lib.mkOption { type = lib.types.int; };
        options.warnings = lib.mkOption {
          type = lib.types.listOf lib.types.str;
          default = [ ];
        };
      }
      {
        _file = "user.nix";
        services.old = 3;
      }
    ];
  };
in
{
  value = e.config.services.new;
  inherit (e.config) warnings;
  visible = e.options.services.old.visible;
}
