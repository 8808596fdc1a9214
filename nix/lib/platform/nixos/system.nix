# `system.*` on NixOS: the release the system follows, its name and the
# derivations it builds. `system.build.toplevel` — what `nixos-rebuild`
# builds — is a placeholder named as NixOS names it
# (nixos-system-<name>-<label>). `system.nixos.release` is the release of the
# `lib` in use (`lib.trivial.release`), as on NixOS. An unset
# `system.stateVersion` is a warning there and here.
{ config, options, lib, ... }:
let
  inherit (lib) mkOption types;
  placeholders = import ../pkgs/placeholder.nix;
  cfg = config.system;
  release = lib.trivial.release or "25.11";
in
{
  options.system = {
    stateVersion = mkOption {
      type = types.str;
      default = cfg.nixos.release;
      defaultText = lib.literalExpression "config.system.nixos.release";
      example = "25.11";
      description = ''
        The NixOS release whose defaults for stateful data (database formats,
        directory layouts) this system keeps. Set it once, at installation,
        and do not raise it without reading the release notes.
      '';
    };

    name = mkOption {
      type = types.str;
      default = if config.networking.hostName == "" then "unnamed" else config.networking.hostName;
      defaultText = lib.literalMD "`networking.hostName`, or `\"unnamed\"` when that is empty";
      description = "The name of the system, used in the name of its top-level derivation.";
    };

    configurationRevision = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The revision (e.g. git commit) of the configuration the system was built from.";
    };

    nixos = {
      release = mkOption {
        type = types.str;
        readOnly = true;
        default = release;
        defaultText = lib.literalExpression "lib.trivial.release";
        description = "The NixOS release, such as `\"25.11\"`.";
      };
      codeName = mkOption {
        type = types.str;
        readOnly = true;
        default = lib.trivial.codeName or "";
        defaultText = lib.literalExpression "lib.trivial.codeName";
        description = "The code name of the NixOS release.";
      };
      versionSuffix = mkOption {
        type = types.str;
        default = ".placeholder";
        description = "What follows the release in the version (the date and revision of nixpkgs on NixOS).";
      };
      version = mkOption {
        type = types.str;
        default = cfg.nixos.release + cfg.nixos.versionSuffix;
        defaultText = lib.literalExpression "config.system.nixos.release + config.system.nixos.versionSuffix";
        description = "The full NixOS version.";
      };
      label = mkOption {
        type = types.strMatching "[a-zA-Z0-9:_\\.-]*";
        default = cfg.nixos.version;
        defaultText = lib.literalExpression "config.system.nixos.version";
        description = "The label of the system in the boot menu and in its store path.";
      };
      distroId = mkOption {
        type = types.str;
        readOnly = true;
        default = "nixos";
        description = "The distribution id, as in os-release.";
      };
      distroName = mkOption {
        type = types.str;
        readOnly = true;
        default = "NixOS";
        description = "The distribution name, as in os-release.";
      };
    };

    build = mkOption {
      type = types.submoduleWith {
        modules = [
          {
            freeformType = types.lazyAttrsOf (types.uniq types.unspecified);
            options.toplevel = mkOption {
              type = types.package;
              readOnly = true;
              description = "The whole system: what nixos-rebuild builds and activates.";
            };
          }
        ];
      };
      default = { };
      internal = true;
      description = "Derivations the system is made of, by name.";
    };
  };

  config = {
    system.build.toplevel = placeholders.mkPlaceholder {
      system = config.nixpkgs.hostPlatform.system;
      path = "system.build.toplevel";
      name = "nixos-system-${cfg.name}-${cfg.nixos.label}";
      seed = "nixos-system:${cfg.name}";
      description = "Placeholder for the system's top-level derivation: Arbor previews hosts without building them";
    };
    warnings = lib.optional (options.system.stateVersion.highestPrio == (lib.mkOptionDefault { }).priority) ''
      system.stateVersion is not set, so it defaults to ${cfg.nixos.release}, the release in use.
      Set it to the release the system was installed with, e.g. system.stateVersion = "${cfg.nixos.release}";
    '';
  };
}
