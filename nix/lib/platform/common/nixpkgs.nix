# `nixpkgs.*` on NixOS and nix-darwin: which platform the system is for and
# how its package set is configured. `hostPlatform` is a system string or a
# platform set; read back, it is always the elaborated set (as
# `lib.systems.elaborate` returns it in nixpkgs), so
# `config.nixpkgs.hostPlatform.isLinux` and `.system` work. Arbor's host
# module sets it from the inventory's `system`. The placeholder `pkgs` does
# not apply `config` or `overlays`; they are kept so modules that set or read
# them evaluate.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ./types.nix { inherit lib; };
  platforms = import ../platforms.nix;

  /**
    The platform set of a system string or a partial platform set.
  */
  elaborate =
    platform:
    if builtins.isString platform then
      platforms.elaborate platform
    else
      platforms.elaborate (platform.system or "${platform.config}") // platform;
in
{
  options.nixpkgs = {
    hostPlatform = mkOption {
      type = types.either types.str types.attrs;
      example = "aarch64-linux";
      apply = elaborate;
      description = ''
        The platform the system runs on, as a system string such as
        `"x86_64-linux"` or a platform attribute set. Reading it gives the
        elaborated platform (`system`, `isLinux`, `parsed.cpu.name`, …).
      '';
    };

    buildPlatform = mkOption {
      type = types.either types.str types.attrs;
      default = config.nixpkgs.hostPlatform;
      defaultText = lib.literalExpression "config.nixpkgs.hostPlatform";
      apply = elaborate;
      description = ''
        The platform the system is built on; the host platform unless
        cross-compiling.
      '';
    };

    system = mkOption {
      type = types.str;
      default = config.nixpkgs.hostPlatform.system;
      defaultText = lib.literalExpression "config.nixpkgs.hostPlatform.system";
      description = ''
        The system string of the host platform. Older configurations set
        this instead of `nixpkgs.hostPlatform`; prefer the latter.
      '';
    };

    config = mkOption {
      type = platformTypes.nixpkgsConfig;
      default = { };
      example = {
        allowUnfree = true;
      };
      description = ''
        The configuration of the package set, such as `allowUnfree`.
        Definitions are merged recursively.
      '';
    };

    overlays = mkOption {
      type = types.listOf platformTypes.overlay;
      default = [ ];
      example = lib.literalExpression "[ (final: prev: { hello = prev.hello.override { }; }) ]";
      description = ''
        Functions `final: prev: { … }` that change or add packages, applied
        in order on top of the package set.
      '';
    };
  };
}
