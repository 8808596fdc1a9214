# `homebrew.*` on nix-darwin: a Brewfile that nix-darwin applies with
# `brew bundle` on activation. Taps, brews and casks are given as names or
# as `{ name; … }` sets; a name is read back as `{ name = "<name>"; }`.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  /**
    The option of a list of Homebrew `what` (brews, casks, ...).
  */
  entries = what: example: mkOption {
    type = types.listOf (
      types.coercedTo types.str (name: { inherit name; }) (
        platformTypes.openSubmodule {
          options.name = mkOption {
            type = types.str;
            description = "The name of the ${what}.";
          };
        }
      )
    );
    default = [ ];
    inherit example;
    description = "The ${what}s to install, by name or as `{ name; … }`.";
  };
in
{
  options.homebrew = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether nix-darwin manages Homebrew packages (Homebrew itself must be installed).";
    };
    user = mkOption {
      type = types.str;
      default = config.system.primaryUser;
      defaultText = lib.literalExpression "config.system.primaryUser";
      description = "The user Homebrew runs as.";
    };
    prefix = mkOption {
      type = types.str;
      default = if pkgs.stdenv.hostPlatform.isAarch64 then "/opt/homebrew" else "/usr/local";
      defaultText = lib.literalMD "`/opt/homebrew` on Apple silicon, `/usr/local` on Intel";
      description = "Where Homebrew is installed.";
    };
    taps = entries "tap" [ "homebrew/cask-fonts" ];
    brews = entries "formula" [ "imagemagick" ];
    casks = entries "cask" [ "firefox" ];
    masApps = mkOption {
      type = types.attrsOf types.ints.positive;
      default = { };
      example = {
        Xcode = 497799835;
      };
      description = "Mac App Store apps to install, name → app id.";
    };
    onActivation = {
      cleanup = mkOption {
        type = types.enum [
          "none"
          "check"
          "uninstall"
          "zap"
        ];
        default = "none";
        description = ''
          What happens to installed formulae and casks the Brewfile does not
          list: nothing, an error, uninstalling, or uninstalling with all
          their files (`zap`).
        '';
      };
      autoUpdate = mkOption {
        type = types.bool;
        default = false;
        description = "Whether Homebrew updates itself on activation.";
      };
      upgrade = mkOption {
        type = types.bool;
        default = false;
        description = "Whether outdated formulae and casks are upgraded on activation.";
      };
    };
    global = {
      brewfile = mkOption {
        type = types.bool;
        default = false;
        description = "Whether plain `brew bundle` commands use the generated Brewfile.";
      };
      autoUpdate = mkOption {
        type = types.bool;
        default = true;
        description = "Whether `brew` commands update Homebrew first when run by hand.";
      };
    };
  };
}
