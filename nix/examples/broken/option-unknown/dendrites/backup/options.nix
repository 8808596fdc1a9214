{ lib, ... }:
{
  options.backup = {
    enable = lib.mkEnableOption "nightly backups";
    paths = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ "/home" ];
      description = "What to back up.";
    };
  };
}
