# Services, security and programs on nix-darwin that configurations set
# most: the SSH server, Tailscale, Touch ID for sudo, the shells, fonts and
# the time zone.
{ lib, ... }:
let
  inherit (lib) mkOption types;

  /**
    An `enable` option for service `what`.
  */
  enable = what: mkOption {
    type = types.bool;
    default = false;
    description = "Whether to enable ${what}.";
  };
in
{
  options = {
    services.openssh.enable = mkOption {
      type = types.nullOr types.bool;
      default = null;
      description = "Whether macOS's Remote Login (sshd) is on; `null` leaves it as it is.";
    };
    services.tailscale.enable = enable "the Tailscale daemon";
    security.pam.services.sudo_local.touchIdAuth = enable "Touch ID for sudo";
    programs.zsh.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the system zsh is configured to load the nix-darwin environment.";
    };
    programs.bash.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the system bash is configured to load the nix-darwin environment.";
    };
    programs.fish.enable = enable "fish, configured to load the nix-darwin environment";
    fonts.packages = mkOption {
      type = types.listOf types.path;
      default = [ ];
      example = lib.literalExpression "[ pkgs.jetbrains-mono ]";
      description = "Font packages installed into /Library/Fonts/Nix Fonts.";
    };
    time.timeZone = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "Europe/Berlin";
      description = "The time zone; `null` leaves macOS's setting.";
    };
  };
}
