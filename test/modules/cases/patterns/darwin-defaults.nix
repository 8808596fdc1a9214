# A nix-darwin-like system.defaults: nullOr options, unset ones filtered out.
lib:
let
  e = lib.evalModules {
    class = "darwin";
    modules = [
      {
        options.system.defaults.dock = {
          autohide = lib.mkOption {
            type = lib.types.nullOr lib.types.bool;
            default = null;
          };
          tilesize = lib.mkOption {
            type = lib.types.nullOr lib.types.ints.positive;
            default = null;
          };
          orientation = lib.mkOption {
            type = lib.types.nullOr (lib.types.enum [ "bottom" "left" "right" ]);
            default = null;
          };
        };
      }
      {
        _class = "darwin";
        system.defaults.dock.autohide = true;
        system.defaults.dock.orientation = "left";
      }
    ];
  };
in
lib.filterAttrs (_: v: v != null) e.config.system.defaults.dock
