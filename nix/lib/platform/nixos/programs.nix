# `programs.*` on NixOS for the shells and tools configurations enable most:
# zsh, fish, git, vim/neovim, tmux, gnupg's agent and nix-ld. Enabling a shell
# here is what makes it usable as a login shell (users.users.<n>.shell).
{ pkgs, lib, ... }:
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
    A `package` option for `name`.
  */
  package = name: mkOption {
    type = types.package;
    default = pkgs.${name};
    defaultText = lib.literalExpression "pkgs.${name}";
    description = "The ${name} package to use.";
  };
in
{
  options.programs = {
    zsh = {
      enable = enable "zsh as an interactive and login shell";
      enableCompletion = mkOption {
        type = types.bool;
        default = true;
        description = "Whether zsh completion is set up for all users.";
      };
      shellAliases = mkOption {
        type = types.attrsOf (types.nullOr (types.either types.str types.path));
        default = { };
        description = "Aliases of every zsh; `null` removes one.";
      };
      interactiveShellInit = mkOption {
        type = types.lines;
        default = "";
        description = "Commands run by every interactive zsh.";
      };
    };
    fish = {
      enable = enable "fish as an interactive and login shell";
      shellAliases = mkOption {
        type = types.attrsOf (types.nullOr types.str);
        default = { };
        description = "Aliases of every fish shell; `null` removes one.";
      };
      interactiveShellInit = mkOption {
        type = types.lines;
        default = "";
        description = "Commands run by every interactive fish shell.";
      };
    };
    bash.completion.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether bash completion is set up for all users.";
    };
    git = {
      enable = enable "git, with a system-wide configuration";
      package = package "git";
      config = mkOption {
        type = types.attrsOf types.anything;
        default = { };
        example = {
          init.defaultBranch = "main";
        };
        description = "The system-wide git configuration (/etc/gitconfig), as nested sections.";
      };
      lfs.enable = enable "Git Large File Storage";
    };
    vim = {
      enable = enable "vim";
      defaultEditor = enable "vim as the default editor (EDITOR)";
    };
    neovim = {
      enable = enable "neovim";
      defaultEditor = enable "neovim as the default editor (EDITOR)";
      viAlias = enable "the `vi` alias for neovim";
      vimAlias = enable "the `vim` alias for neovim";
    };
    nano.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether nano is installed (it is the default editor unless another is chosen).";
    };
    tmux.enable = enable "tmux, with a system-wide configuration";
    htop.enable = enable "htop, with a system-wide configuration";
    mtr.enable = enable "mtr, allowed to send raw packets";
    nix-ld.enable = enable "nix-ld, which runs unpatched dynamic binaries";
    command-not-found.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether an unknown command suggests the package that provides it.";
    };
    gnupg.agent = {
      enable = enable "the GnuPG agent for every user";
      enableSSHSupport = enable "the agent's SSH support (it then replaces ssh-agent)";
    };
    ssh.startAgent = enable "ssh-agent for every user session";
    firefox.enable = enable "Firefox, with system-wide policies";
    steam.enable = enable "Steam, with its 32-bit libraries and udev rules";
  };
}
