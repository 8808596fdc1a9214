# `services.openssh.*`: the SSH server. The homelab's `ssh` dendrite sets
# `enable`, `ports` and the two settings most configurations harden
# (PasswordAuthentication, PermitRootLogin). `settings` is sshd_config as an
# attribute set: a few keys are declared with their types and NixOS's
# defaults, any other key is freeform. As on NixOS, an enabled server with
# `openFirewall` opens its ports and brings its privilege-separation user.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.openssh;
  nullOr = types.nullOr;
in
{
  options.services.openssh = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to run the OpenSSH server, for remote logins.";
    };

    package = mkOption {
      type = types.package;
      default = pkgs.openssh;
      defaultText = lib.literalExpression "pkgs.openssh";
      description = "The OpenSSH package the server runs.";
    };

    ports = mkOption {
      type = types.listOf types.port;
      default = [ 22 ];
      description = "The ports the server listens on.";
    };

    openFirewall = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the firewall lets connections to `ports` in.";
    };

    startWhenNeeded = mkOption {
      type = types.bool;
      default = false;
      description = "Whether sshd is started per connection by a systemd socket instead of running all the time.";
    };

    listenAddresses = mkOption {
      type = types.listOf (
        types.submodule {
          options.addr = mkOption {
            type = nullOr types.str;
            default = null;
            description = "The address to listen on.";
          };
          options.port = mkOption {
            type = nullOr types.int;
            default = null;
            description = "The port to listen on; `null` means each of `ports`.";
          };
        }
      );
      default = [ ];
      example = [
        {
          addr = "10.0.0.5";
          port = 22;
        }
      ];
      description = "Addresses (and ports) to listen on; empty means every address.";
    };

    hostKeys = mkOption {
      type = types.listOf types.attrs;
      default = [
        {
          type = "rsa";
          bits = 4096;
          path = "/etc/ssh/ssh_host_rsa_key";
        }
        {
          type = "ed25519";
          path = "/etc/ssh/ssh_host_ed25519_key";
        }
      ];
      description = "The host keys the server generates on first start and offers clients.";
    };

    authorizedKeysFiles = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Further files (relative to the home, or absolute) that hold authorized keys.";
    };

    banner = mkOption {
      type = nullOr types.lines;
      default = null;
      description = "Text shown to clients before they authenticate.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines appended to sshd_config as they are.";
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf (
          nullOr (
            types.oneOf [
              types.bool
              types.int
              types.float
              types.str
            ]
          )
          // {
            description = "atom (null, bool, int, float or string)";
          }
        );
        options = {
          PasswordAuthentication = mkOption {
            type = nullOr types.bool;
            default = true;
            description = "Whether users may log in with a password.";
          };
          KbdInteractiveAuthentication = mkOption {
            type = nullOr types.bool;
            default = true;
            description = "Whether keyboard-interactive logins (PAM prompts, one-time codes) are allowed.";
          };
          PermitRootLogin = mkOption {
            type = nullOr (
              types.enum [
                "yes"
                "without-password"
                "prohibit-password"
                "forced-commands-only"
                "no"
              ]
            );
            default = "prohibit-password";
            description = "Whether and how root may log in; by default with a key only.";
          };
          X11Forwarding = mkOption {
            type = nullOr types.bool;
            default = false;
            description = "Whether X11 connections are forwarded.";
          };
          UseDns = mkOption {
            type = nullOr types.bool;
            default = false;
            description = "Whether the server looks up clients' host names and checks they map back.";
          };
          LogLevel = mkOption {
            type = nullOr (
              types.enum [
                "QUIET"
                "FATAL"
                "ERROR"
                "INFO"
                "VERBOSE"
                "DEBUG"
                "DEBUG1"
                "DEBUG2"
                "DEBUG3"
              ]
            );
            default = "INFO";
            description = "How much the server logs.";
          };
          AllowUsers = mkOption {
            type = nullOr (types.listOf types.str);
            default = null;
            description = "When set, only these users may log in.";
          };
          AllowGroups = mkOption {
            type = nullOr (types.listOf types.str);
            default = null;
            description = "When set, only members of these groups may log in.";
          };
        };
      };
      default = { };
      example = {
        PasswordAuthentication = false;
        PermitRootLogin = "no";
      };
      description = "sshd_config settings, one attribute per keyword; `null` leaves a keyword out.";
    };
  };

  config = lib.mkIf cfg.enable {
    networking.firewall.allowedTCPPorts = lib.mkIf cfg.openFirewall cfg.ports;
    users.users.sshd = {
      isSystemUser = true;
      group = "sshd";
      description = "SSH privilege separation user";
    };
    users.groups.sshd = { };
  };
}
