# `networking.*` on NixOS: the host's name and domain, its interfaces and
# addresses, name resolution, the firewall and NetworkManager. Arbor's host
# module sets `hostName`; dendrites open firewall ports and set `hostId` (ZFS).
# `fqdn` and `fqdnOrHostName` are derived as NixOS derives them: `fqdn`
# throws when there is no domain, `fqdnOrHostName` never does.
{ config, options, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };
  cfg = config.networking;

  /**
    Whether `s` has only hexadecimal digits.
  */
  isHex = s: builtins.match "[0-9a-fA-F]*" s != null;

  /**
    The type of one IPv`version` address of an interface: address and prefix length.
  */
  address =
    version:
    platformTypes.openSubmodule {
      options = {
        address = mkOption {
          type = types.str;
          description = "An IPv${toString version} address of the interface.";
        };
        prefixLength = mkOption {
          type = types.addCheck types.int (n: n >= 0 && n <= (if version == 4 then 32 else 128));
          description = "The length of the network prefix, e.g. ${if version == 4 then "24" else "64"}.";
        };
      };
    };

  interface = platformTypes.openSubmodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          example = "eth0";
          description = "The name of the interface; the attribute name unless set.";
        };
        useDHCP = mkOption {
          type = types.nullOr types.bool;
          default = null;
          description = ''
            Whether the interface gets its address by DHCP. `null` follows
            `networking.useDHCP` when the interface has no static IPv4 address.
          '';
        };
        ipv4.addresses = mkOption {
          type = types.listOf (address 4);
          default = [ ];
          example = [
            {
              address = "10.0.0.2";
              prefixLength = 24;
            }
          ];
          description = "Static IPv4 addresses of the interface.";
        };
        ipv6.addresses = mkOption {
          type = types.listOf (address 6);
          default = [ ];
          description = "Static IPv6 addresses of the interface.";
        };
        macAddress = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "A MAC address to give the interface instead of its own.";
        };
        mtu = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The largest packet the interface sends; `null` keeps the default.";
        };
        wakeOnLan.enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether a network packet can wake the machine through this interface.";
        };
      };
      config.name = lib.mkDefault name;
    }
  );

  /**
    A firewall option of a list of ports (`what`).
  */
  ports = what: mkOption {
    type = types.listOf types.port;
    default = [ ];
    example = [ 80 443 ];
    description = "${what} ports open to incoming connections.";
  };

  /**
    A firewall option of a list of port ranges (`what`).
  */
  portRanges = what: mkOption {
    type = types.listOf (types.attrsOf types.port);
    default = [ ];
    example = [
      {
        from = 8000;
        to = 8010;
      }
    ];
    description = "Ranges (`{ from; to; }`) of ${what} ports open to incoming connections.";
  };
in
{
  options.networking = {
    hostName = mkOption {
      type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
      default = "nixos";
      description = ''
        The machine's name: one DNS label (letters, digits and `-`, at most
        63 characters, no dots). Empty means: take it from DHCP.
      '';
    };

    hostId = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "4e98920d";
      description = ''
        A 32-bit identifier of the machine written as 8 hexadecimal digits.
        ZFS refuses to import a pool last used by another host id.
      '';
    };

    domain = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "home.arpa";
      description = "The DNS domain the machine is in; `null` leaves it to DHCP.";
    };

    fqdn = mkOption {
      type = types.str;
      default =
        if cfg.hostName != "" && cfg.domain != null then
          "${cfg.hostName}.${cfg.domain}"
        else
          throw ''
            networking.fqdn was read, but it cannot be derived: it needs both
            networking.hostName and networking.domain. Set networking.domain (or
            networking.fqdn itself), or read networking.fqdnOrHostName instead.
          '';
      defaultText = lib.literalExpression ''"''${config.networking.hostName}.''${config.networking.domain}"'';
      description = ''
        The fully qualified name of the machine, by default its host name
        and domain joined by a dot. Reading it without a domain is an error.
      '';
    };

    fqdnOrHostName = mkOption {
      type = types.str;
      readOnly = true;
      default =
        if cfg.domain != null || options.networking.fqdn.highestPrio < (lib.mkOptionDefault { }).priority then
          cfg.fqdn
        else
          cfg.hostName;
      defaultText = lib.literalMD "`fqdn` when it can be known, `hostName` otherwise";
      description = "The fully qualified name when there is one, else the host name. Never an error.";
    };

    useDHCP = mkOption {
      type = types.bool;
      default = true;
      description = "Whether interfaces without a static IPv4 address get one by DHCP.";
    };

    interfaces = mkOption {
      type = types.attrsOf interface;
      default = { };
      example = {
        eth0.ipv4.addresses = [
          {
            address = "10.0.0.2";
            prefixLength = 24;
          }
        ];
      };
      description = "The network interfaces and their static configuration, by name.";
    };

    defaultGateway = mkOption {
      type = types.nullOr (
        types.coercedTo types.str (address: { inherit address; }) (
          platformTypes.openSubmodule {
            options.address = mkOption {
              type = types.str;
              description = "The gateway's address.";
            };
            options.interface = mkOption {
              type = types.nullOr types.str;
              default = null;
              description = "The interface the gateway is reached through.";
            };
          }
        )
      );
      default = null;
      example = "10.0.0.1";
      description = "The IPv4 default gateway, as an address or `{ address; interface; }`.";
    };

    nameservers = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "9.9.9.9" ];
      description = "DNS servers to ask, in order; empty leaves them to DHCP.";
    };

    search = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Domains tried in turn when resolving a short host name.";
    };

    hosts = mkOption {
      type = types.attrsOf (types.listOf types.str);
      default = { };
      example = {
        "10.0.0.5" = [ "nas.lan" ];
      };
      description = "Static entries of /etc/hosts: address → names.";
    };

    extraHosts = mkOption {
      type = types.lines;
      default = "";
      example = "10.0.0.5 nas.lan";
      description = "Lines appended to /etc/hosts as they are.";
    };

    enableIPv6 = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the machine uses IPv6.";
    };

    networkmanager.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether NetworkManager configures the network (usual on laptops and desktops).";
    };

    wireless.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether wpa_supplicant manages Wi-Fi.";
    };

    firewall = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether incoming connections are refused unless a port is opened below.";
      };
      allowedTCPPorts = ports "TCP";
      allowedUDPPorts = ports "UDP";
      allowedTCPPortRanges = portRanges "TCP";
      allowedUDPPortRanges = portRanges "UDP";
      trustedInterfaces = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [ "ygg0" ];
        description = "Interfaces whose incoming traffic is always accepted.";
      };
      allowPing = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the machine answers ICMP echo requests.";
      };
      logRefusedConnections = mkOption {
        type = types.bool;
        default = true;
        description = "Whether refused connection attempts are logged.";
      };
      interfaces = mkOption {
        type = types.attrsOf (
          platformTypes.openSubmodule {
            options = {
              allowedTCPPorts = ports "TCP";
              allowedUDPPorts = ports "UDP";
            };
          }
        );
        default = { };
        description = "Ports opened on one interface only, by interface name.";
      };
      extraCommands = mkOption {
        type = types.lines;
        default = "";
        description = "Shell commands run when the firewall is set up, for rules the options cannot say.";
      };
    };
  };

  config = {
    assertions = [
      {
        assertion = cfg.hostId == null || (builtins.stringLength cfg.hostId == 8 && isHex cfg.hostId);
        message = "networking.hostId must be 8 hexadecimal digits, such as \"4e98920d\"; it is ${builtins.toJSON cfg.hostId}.";
      }
    ];
  };
}
