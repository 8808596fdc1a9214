# `networking.*` on nix-darwin: the names macOS knows the machine by. The
# host name may be a dotted name here; `localHostName` (the Bonjour name)
# follows it unless set.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.networking;
  hostname = types.strMatching "^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$";
in
{
  options.networking = {
    hostName = mkOption {
      type = types.nullOr hostname;
      default = null;
      example = "mac-alice";
      description = "The machine's host name; `null` leaves macOS's own.";
    };
    computerName = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "Alice's MacBook";
      description = "The user-friendly name shown in Finder and AirDrop.";
    };
    localHostName = mkOption {
      type = types.nullOr hostname;
      default = cfg.hostName;
      defaultText = lib.literalExpression "config.networking.hostName";
      description = "The name on the local network (`<name>.local`).";
    };
    domain = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The DNS domain of the machine.";
    };
    fqdn = mkOption {
      type = types.str;
      default =
        if cfg.hostName != null && cfg.domain != null then
          "${cfg.hostName}.${cfg.domain}"
        else
          throw "networking.fqdn was read, but it needs both networking.hostName and networking.domain; set them, or read networking.fqdnOrHostName.";
      defaultText = lib.literalExpression ''"''${config.networking.hostName}.''${config.networking.domain}"'';
      description = "The fully qualified name of the machine.";
    };
    fqdnOrHostName = mkOption {
      type = types.nullOr types.str;
      readOnly = true;
      default = if cfg.domain == null then cfg.hostName else cfg.fqdn;
      defaultText = lib.literalMD "`fqdn` when there is a domain, `hostName` otherwise";
      description = "The fully qualified name when there is one, else the host name.";
    };
    knownNetworkServices = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "Wi-Fi" "Thunderbolt Ethernet" ];
      description = "The network services (interfaces) `dns` and `search` are set on.";
    };
    dns = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "DNS servers of the known network services.";
    };
    search = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Search domains of the known network services.";
    };
  };
}
