{ lib, config, ... }:
{
  imports = [ ./options.nix ];
  # `enabled` is not an option of `backup`: the option is `enable`.
  backup.enabled = true;
  environment.etc."backup.conf".text = lib.optionalString config.backup.enable "paths";
}
