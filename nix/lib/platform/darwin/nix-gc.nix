# `nix.gc.*` on nix-darwin: the launchd job that collects garbage in the
# store. Its schedule is a launchd calendar interval, not a systemd one.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.nix.gc = {
    automatic = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the store is garbage-collected on a schedule.";
    };
    interval = mkOption {
      type = types.either (types.attrsOf types.int) (types.listOf (types.attrsOf types.int));
      default = [
        {
          Weekday = 7;
          Hour = 3;
          Minute = 15;
        }
      ];
      description = "When collection runs, as launchd `StartCalendarInterval` entries.";
    };
    options = mkOption {
      type = types.str;
      default = "";
      example = "--delete-older-than 30d";
      description = "Arguments to `nix-collect-garbage`.";
    };
  };
}
