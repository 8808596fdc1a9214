# `home.*` in Home Manager: whose home this is, which state version it
# keeps, and the packages, variables and aliases of the user's environment.
# Arbor's home module sets `username`, `homeDirectory` and `stateVersion`.
# `home.activationPackage` — what `home-manager switch` builds — is a
# placeholder named as Home Manager names it.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  placeholders = import ../pkgs/placeholder.nix;
  stateVersions = [
    "18.09"
    "19.03"
    "19.09"
    "20.03"
    "20.09"
    "21.03"
    "21.05"
    "21.11"
    "22.05"
    "22.11"
    "23.05"
    "23.11"
    "24.05"
    "24.11"
    "25.05"
    "25.11"
    "26.05"
    "26.11"
  ];
in
{
  options.home = {
    username = mkOption {
      type = types.nonEmptyStr;
      example = "jane.doe";
      description = "The user whose home this is.";
    };
    homeDirectory = mkOption {
      type = types.path;
      apply = toString;
      example = "/home/jane.doe";
      description = "The user's home directory, an absolute path.";
    };
    stateVersion = mkOption {
      type = types.enum stateVersions;
      description = ''
        The Home Manager release whose defaults for stateful data this home
        keeps. Set it once, when the home is first created.
      '';
    };
    packages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.ripgrep pkgs.fd ]";
      description = "Packages installed into the user's profile.";
    };
    sessionVariables = mkOption {
      type = types.lazyAttrsOf (
        types.nullOr (
          types.oneOf [
            types.str
            types.path
            types.int
            types.float
            types.bool
          ]
        )
      );
      default = { };
      example = {
        EDITOR = "nvim";
      };
      description = "Environment variables of the user's login sessions.";
    };
    sessionPath = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "$HOME/.local/bin" ];
      description = "Directories put in front of PATH.";
    };
    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        g = "git";
      };
      description = "Aliases of every shell Home Manager configures.";
    };
    enableNixpkgsReleaseCheck = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a Home Manager release that does not match nixpkgs' is a warning.";
    };
    activationPackage = mkOption {
      type = types.package;
      readOnly = true;
      internal = true;
      description = "The home generation: what `home-manager switch` builds and activates.";
    };
  };

  options.programs.home-manager.enable = mkOption {
    type = types.bool;
    default = false;
    description = "Whether the `home-manager` command is installed into the home.";
  };

  config.home.activationPackage = placeholders.mkPlaceholder {
    inherit (pkgs) system;
    path = "home.activationPackage";
    name = "home-manager-generation";
    seed = "home-manager-generation:${config.home.username}";
    description = "Placeholder for the home's activation package: Arbor previews homes without building them";
  };
}
