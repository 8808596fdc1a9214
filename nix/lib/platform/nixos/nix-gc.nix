# `nix.gc.*` on NixOS: the systemd timer that collects garbage in the store.
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
    dates = mkOption {
      type = types.either types.singleLineStr (types.listOf types.str);
      default = "03:15";
      example = "weekly";
      description = "When collection runs, as systemd calendar events.";
    };
    options = mkOption {
      type = types.singleLineStr;
      default = "";
      example = "--delete-older-than 30d";
      description = "Arguments to `nix-collect-garbage`.";
    };
    persistent = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a run missed while the machine was off happens at the next boot.";
    };
    randomizedDelaySec = mkOption {
      type = types.singleLineStr;
      default = "0";
      example = "45min";
      description = "A random delay added to each run, so machines do not collect at once.";
    };
  };
}
