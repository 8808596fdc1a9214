# `programs.git` in Home Manager. The configuration is `settings`, nested as
# git's own sections and subsections (`settings.user.name`,
# `settings.init.defaultBranch`); `userName`, `userEmail` and `extraConfig`
# are the older spellings of the same values and are forwarded into
# `settings`, as Home Manager forwards them.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.git;

  # git-config values: sections of keys, or sections of subsections of keys.
  gitIni =
    let
      primitive = types.either types.str (types.either types.bool types.int);
      multiple = types.either primitive (types.listOf primitive);
      section = types.attrsOf multiple;
    in
    types.attrsOf (types.attrsOf (types.either multiple section));
in
{
  options.programs.git = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to enable Home Manager's configuration of Git.";
    };
    package = mkOption {
      type = types.nullOr types.package;
      default = pkgs.git;
      defaultText = lib.literalExpression "pkgs.git";
      description = "The Git package; `null` writes the configuration without installing Git.";
    };
    settings = mkOption {
      type = gitIni;
      default = { };
      example = {
        user.name = "Jane Doe";
        init.defaultBranch = "main";
      };
      description = "The user's Git configuration, as sections of keys.";
    };
    userName = mkOption {
      type = types.nullOr types.str;
      default = null;
      visible = false;
      description = "Older spelling of `settings.user.name`.";
    };
    userEmail = mkOption {
      type = types.nullOr types.str;
      default = null;
      visible = false;
      description = "Older spelling of `settings.user.email`.";
    };
    extraConfig = mkOption {
      type = gitIni;
      default = { };
      visible = false;
      description = "Older spelling of `settings`.";
    };
    ignores = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "*~" ".direnv/" ];
      description = "Patterns every repository ignores.";
    };
    lfs.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether Git Large File Storage is set up.";
    };
    signing = {
      key = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The key commits are signed with.";
      };
      signByDefault = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether commits and tags are signed unless told otherwise.";
      };
    };
  };

  config.programs.git.settings = lib.mkMerge [
    cfg.extraConfig
    (lib.mkIf (cfg.userName != null) { user.name = cfg.userName; })
    (lib.mkIf (cfg.userEmail != null) { user.email = cfg.userEmail; })
  ];
}
