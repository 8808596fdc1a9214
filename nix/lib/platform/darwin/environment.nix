# `environment.*` on nix-darwin: system packages, variables, aliases, files
# in /etc and login shells, as on NixOS but with nix-darwin's types.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  etcEntry = platformTypes.openSubmodule (
    { name, config, ... }:
    {
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the file is created.";
        };
        target = mkOption {
          type = types.str;
          default = name;
          description = "The path under /etc; the attribute name unless set.";
        };
        text = mkOption {
          type = types.nullOr types.lines;
          default = null;
          description = "The contents of the file, when it is not given as `source`.";
        };
        source = mkOption {
          type = types.path;
          description = "The file linked into /etc.";
        };
      };
      config.source = lib.mkIf (config.text != null) (
        lib.mkDefault (pkgs.writeText "etc-${baseNameOf name}" config.text)
      );
    }
  );
in
{
  options.environment = {
    systemPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.git pkgs.jq ]";
      description = "Packages installed for every user of the machine.";
    };
    variables = mkOption {
      type = types.attrsOf (types.either types.str (types.listOf types.str));
      default = { };
      apply = builtins.mapAttrs (_: v: if builtins.isList v then lib.concatStringsSep ":" v else v);
      example = {
        EDITOR = "vim";
      };
      description = "Environment variables of every shell; list values are joined with `:`.";
    };
    shellAliases = mkOption {
      type = types.attrsOf types.str;
      default = { };
      description = "Aliases every shell gets.";
    };
    shells = mkOption {
      type = types.listOf (types.either types.shellPackage types.path);
      default = [ ];
      description = "Login shells added to /etc/shells.";
    };
    etc = mkOption {
      type = types.attrsOf etcEntry;
      default = { };
      description = "Files in /etc, by path below /etc.";
    };
  };
}
