# `system.*` on nix-darwin: the state version (an integer there, not a
# release string), the primary user that user-level settings apply to, and
# the top-level derivation, a placeholder named as nix-darwin names it.
{ config, options, lib, ... }:
let
  inherit (lib) mkOption types;
  placeholders = import ../pkgs/placeholder.nix;
  cfg = config.system;
in
{
  options.system = {
    stateVersion = mkOption {
      type = types.ints.between 1 cfg.maxStateVersion;
      default = cfg.maxStateVersion;
      defaultText = lib.literalExpression "config.system.maxStateVersion";
      example = 6;
      description = ''
        The nix-darwin state version whose defaults for stateful data this
        system keeps. Set it once and raise it only after reading the
        changelog.
      '';
    };

    maxStateVersion = mkOption {
      type = types.int;
      internal = true;
      default = 7;
      description = "The newest state version this nix-darwin knows.";
    };

    primaryUser = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "alice";
      description = ''
        The user that per-user settings (system.defaults, Homebrew) apply
        to. Arbor sets it to the host's first inventory user.
      '';
    };

    primaryUserHome = mkOption {
      type = types.str;
      readOnly = true;
      default = config.users.users.${cfg.primaryUser}.home or "/Users/${cfg.primaryUser}";
      defaultText = lib.literalMD "the home of `system.primaryUser`";
      description = "The home directory of the primary user.";
    };

    configurationRevision = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The revision (e.g. git commit) of the configuration the system was built from.";
    };

    darwinRelease = mkOption {
      type = types.str;
      readOnly = true;
      default = lib.trivial.release or "25.11";
      defaultText = lib.literalExpression "lib.trivial.release";
      description = "The nix-darwin release.";
    };

    darwinLabel = mkOption {
      type = types.str;
      default = "${cfg.darwinRelease}.placeholder";
      description = "The label of the system generation.";
    };

    defaults = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf (types.attrsOf types.anything);
      };
      default = { };
      example = {
        dock.autohide = true;
      };
      description = ''
        macOS preferences written with `defaults write`, by domain (`dock`,
        `finder`, `NSGlobalDomain`, …) and key.
      '';
    };

    build = mkOption {
      type = types.submoduleWith {
        modules = [
          {
            freeformType = types.lazyAttrsOf (types.uniq types.unspecified);
            options.toplevel = mkOption {
              type = types.package;
              readOnly = true;
              description = "The whole system: what darwin-rebuild builds and activates.";
            };
          }
        ];
      };
      default = { };
      internal = true;
      description = "Derivations the system is made of, by name.";
    };
  };

  config.system.build.toplevel = placeholders.mkPlaceholder {
    system = config.nixpkgs.hostPlatform.system;
    path = "system.build.toplevel";
    name = "darwin-system-${cfg.darwinLabel}";
    seed = "darwin-system:${toString config.networking.hostName}";
    description = "Placeholder for the system's top-level derivation: Arbor previews hosts without building them";
  };
}
