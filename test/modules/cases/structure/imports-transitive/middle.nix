# Imported by top.nix; imports bottom.nix.
{
  imports = [ ./bottom.nix ];
  config.names = [ "middle" ];
}
