# `programs.bash` and `programs.zsh` in Home Manager: the user's shells,
# their aliases and start-up code. An enabled shell gets the home's
# `home.shellAliases` too.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;

  /**
    An `enable` option for `what`.
  */
  enable = what: mkOption {
    type = types.bool;
    default = false;
    description = "Whether to enable ${what}.";
  };

  /**
    A `package` option for `name`, null by default.
  */
  package = name: mkOption {
    type = types.nullOr types.package;
    default = pkgs.${name};
    defaultText = lib.literalExpression "pkgs.${name}";
    description = "The ${name} package; `null` configures the shell without installing it.";
  };

  /**
    An option of lines, with `description`.
  */
  lines = description: mkOption {
    type = types.lines;
    default = "";
    inherit description;
  };

  /**
    The `shellAliases` option of `shell`.
  */
  aliases = shell: mkOption {
    type = types.attrsOf types.str;
    default = { };
    example = {
      ll = "ls -l";
    };
    description = "Aliases of ${shell}, besides `home.shellAliases`.";
  };
in
{
  options.programs = {
    bash = {
      enable = enable "Home Manager's configuration of bash";
      package = package "bashInteractive";
      enableCompletion = mkOption {
        type = types.bool;
        default = true;
        description = "Whether bash completion is loaded.";
      };
      shellAliases = aliases "bash";
      sessionVariables = mkOption {
        type = types.attrsOf types.anything;
        default = { };
        description = "Environment variables set by bash's profile.";
      };
      historySize = mkOption {
        type = types.nullOr types.int;
        default = 10000;
        description = "How many commands the history keeps in memory.";
      };
      historyControl = mkOption {
        type = types.listOf (
          types.enum [
            "erasedups"
            "ignoredups"
            "ignorespace"
            "ignoreboth"
          ]
        );
        default = [ ];
        description = "How commands are kept out of the history.";
      };
      shellOptions = mkOption {
        type = types.listOf types.str;
        default = [
          "histappend"
          "checkwinsize"
          "extglob"
          "globstar"
          "checkjobs"
        ];
        description = "`shopt` options turned on (prefix with `-` to turn one off).";
      };
      bashrcExtra = lines "Commands run at the top of .bashrc, for every bash.";
      initExtra = lines "Commands run by every interactive bash.";
      profileExtra = lines "Commands run by every login bash.";
    };

    zsh = {
      enable = enable "Home Manager's configuration of zsh";
      package = package "zsh";
      enableCompletion = mkOption {
        type = types.bool;
        default = true;
        description = "Whether zsh completion is loaded.";
      };
      autosuggestion.enable = enable "suggestions from the history as you type";
      syntaxHighlighting.enable = enable "syntax highlighting of the command line";
      shellAliases = aliases "zsh";
      initContent = lines "Commands run by every interactive zsh (.zshrc).";
      dotDir = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = ".config/zsh";
        description = "Where zsh's files go, relative to the home; `null` is the home itself.";
      };
      oh-my-zsh = {
        enable = enable "oh-my-zsh";
        plugins = mkOption {
          type = types.listOf types.str;
          default = [ ];
          example = [ "git" ];
          description = "oh-my-zsh plugins to load.";
        };
        theme = mkOption {
          type = types.str;
          default = "";
          example = "robbyrussell";
          description = "The oh-my-zsh theme.";
        };
      };
    };
  };
}
