# A firewall with ports that services open.
{ lib, ... }:
{
  options.networking.firewall.allowedTCPPorts = lib.mkOption {
    type = lib.types.listOf lib.types.port;
    default = [ ];
  };
}
