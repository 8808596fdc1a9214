{ lib, config, ... }:
{
  options.backup.target = lib.mkOption {
    type = lib.types.str;
    description = "Where backups go (no default: every host must set it).";
  };
  config.environment.etc."backup.conf".text = "target = ${config.backup.target}";
}
