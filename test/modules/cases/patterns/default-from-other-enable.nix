# An option whose default follows another option, overridable with a plain definition.
lib:
let
  run =
    extra:
    (lib.evalModules {
      modules = [
        (
          { config, ... }:
          {
            options.services.db.enable = lib.mkEnableOption "db";
            options.services.backup.enable = lib.mkOption {
              type = lib.types.bool;
              default = config.services.db.enable;
            };
          }
        )
      ] ++ extra;
    }).config.services;
in
[
  (run [ ])
  (run [ { services.db.enable = true; } ])
  (run [
    { services.db.enable = true; }
    { services.backup.enable = false; }
  ])
]
