# `nix.*` that NixOS and nix-darwin share: whether Nix is managed, which
# package, and the settings written to nix.conf. `nix.settings` is freeform
# (any nix.conf key, each value an atom or a list of atoms, as nix.conf
# holds them); the settings declared here are the ones with a type stricter
# than that or a default that modules read.
{ pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ./types.nix { inherit lib; };
in
{
  options.nix = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether the system manages Nix: its daemon, nix.conf and the
        build users. Turn off to manage Nix some other way.
      '';
    };

    package = mkOption {
      type = types.package;
      default = pkgs.nix;
      defaultText = lib.literalExpression "pkgs.nix";
      description = "The Nix package the system uses.";
    };

    extraOptions = mkOption {
      type = types.lines;
      default = "";
      example = "keep-outputs = true";
      description = "Lines appended to nix.conf as they are.";
    };

    nixPath = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "nixpkgs=/etc/nixpkgs" ];
      description = "Entries of `NIX_PATH`, for `<nixpkgs>`-style lookups.";
    };

    registry = mkOption {
      type = types.attrsOf (platformTypes.openSubmodule { });
      default = { };
      description = "The system-wide flake registry: names for flake references.";
    };

    optimise.automatic = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to deduplicate the store regularly by hard-linking identical files.";
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf platformTypes.nixConfValue;
        options = {
          max-jobs = mkOption {
            type = types.either types.int (types.enum [ "auto" ]);
            default = "auto";
            description = "How many builds run at once; `\"auto\"` is one per CPU.";
          };
          cores = mkOption {
            type = types.int;
            default = 0;
            description = "CPU cores each build may use; 0 means all of them.";
          };
          sandbox = mkOption {
            type = types.either types.bool (types.enum [ "relaxed" ]);
            default = true;
            description = "Whether builds run isolated from the rest of the system.";
          };
          auto-optimise-store = mkOption {
            type = types.bool;
            default = false;
            description = "Whether each new store path is deduplicated as it is added.";
          };
          substituters = mkOption {
            type = types.listOf types.str;
            default = [ "https://cache.nixos.org/" ];
            description = "Binary caches that store paths are fetched from, in order.";
          };
          trusted-public-keys = mkOption {
            type = types.listOf types.str;
            default = [ "cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=" ];
            description = "Keys whose signatures make a substituted path acceptable.";
          };
          trusted-users = mkOption {
            type = types.listOf types.str;
            default = [ "root" ];
            example = [
              "root"
              "@wheel"
            ];
            description = "Users (or `@groups`) who may change Nix settings and add substituters.";
          };
          allowed-users = mkOption {
            type = types.listOf types.str;
            default = [ "*" ];
            description = "Users (or `@groups`) who may talk to the Nix daemon at all.";
          };
          experimental-features = mkOption {
            type = types.listOf types.str;
            default = [ ];
            example = [
              "nix-command"
              "flakes"
            ];
            description = "Unstable Nix features to turn on, such as flakes.";
          };
        };
      };
      default = { };
      description = ''
        Settings written to nix.conf, one attribute per setting. Undeclared
        settings are accepted as long as the value suits nix.conf.
      '';
    };
  };
}
