# `environment.*` on NixOS: the packages on every user's PATH, files in /etc,
# environment variables and shell aliases. An /etc entry given as `text`
# gets a `source` (a placeholder store file) as NixOS makes one with
# `pkgs.writeText`. Variables given as lists are joined with `:` when read,
# as NixOS does.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  variableValue = types.oneOf [
    (types.listOf (
      types.oneOf [
        types.int
        types.str
        types.path
      ]
    ))
    types.int
    types.str
    types.path
  ];
  joinVariables = builtins.mapAttrs (_: v: if builtins.isList v then lib.concatMapStringsSep ":" toString v else toString v);

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
          description = "The path under /etc; the attribute name unless set.";
        };
        text = mkOption {
          type = types.nullOr types.lines;
          default = null;
          description = "The contents of the file, when it is not given as `source`.";
        };
        source = mkOption {
          type = types.path;
          description = "The file (or directory) linked or copied into /etc.";
        };
        mode = mkOption {
          type = types.str;
          default = "symlink";
          example = "0440";
          description = "`\"symlink\"` to link the file, or octal permissions to copy it with.";
        };
        user = mkOption {
          type = types.str;
          default = "+0";
          description = "The owner of a copied file (a name, or `+uid`).";
        };
        group = mkOption {
          type = types.str;
          default = "+0";
          description = "The group of a copied file (a name, or `+gid`).";
        };
      };
      config = {
        target = lib.mkDefault name;
        source = lib.mkIf (config.text != null) (
          lib.mkDefault (pkgs.writeText "etc-${baseNameOf name}" config.text)
        );
      };
    }
  );
in
{
  options.environment = {
    systemPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.git pkgs.htop ]";
      description = "Packages installed for every user of the system.";
    };

    defaultPackages = mkOption {
      type = types.listOf types.package;
      default = [
        pkgs.perl
        pkgs.rsync
        pkgs.strace
      ];
      defaultText = lib.literalExpression "[ pkgs.perl pkgs.rsync pkgs.strace ]";
      description = "Packages NixOS installs unless told otherwise; set to `[ ]` for a minimal system.";
    };

    etc = mkOption {
      type = types.attrsOf etcEntry;
      default = { };
      example = {
        "issue".text = "Welcome\n";
      };
      description = "Files in /etc, by path below /etc.";
    };

    variables = mkOption {
      type = types.attrsOf variableValue;
      default = { };
      example = {
        EDITOR = "vim";
      };
      apply = joinVariables;
      description = "Environment variables of every login shell; list values are joined with `:`.";
    };

    sessionVariables = mkOption {
      type = types.attrsOf variableValue;
      default = { };
      apply = joinVariables;
      description = "Environment variables set by PAM for every session, graphical ones included.";
    };

    shellAliases = mkOption {
      type = types.attrsOf (types.nullOr (types.either types.str types.path));
      default = { };
      example = {
        ll = "ls -l";
      };
      description = "Aliases every shell gets; `null` removes one.";
    };

    shells = mkOption {
      type = types.listOf (types.either types.shellPackage types.path);
      default = [ ];
      description = "Further login shells listed in /etc/shells.";
    };

    pathsToLink = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "/share/zsh" ];
      description = "Directories of installed packages linked into the system profile.";
    };
  };

  config.environment.shellAliases = builtins.mapAttrs (_: lib.mkDefault) {
    ls = "ls --color=tty";
    ll = "ls -l";
    l = "ls -alh";
  };
}
