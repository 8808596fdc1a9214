# The web service: opens its port when enabled.
{ config, lib, ... }:
let
  cfg = config.services.web;
in
{
  options.services.web = {
    enable = lib.mkEnableOption "the web server";
    port = lib.mkOption {
      type = lib.types.port;
      default = 80;
    };
    openFirewall = lib.mkOption {
      type = lib.types.bool;
      default = true;
    };
  };
  config = lib.mkIf cfg.enable {
    networking.firewall.allowedTCPPorts = lib.mkIf cfg.openFirewall [ cfg.port ];
  };
}
