# Home Manager programs that shells load: the starship prompt and direnv
# (with nix-direnv). Both hook into every shell Home Manager configures
# unless an integration is turned off.
{ pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  tomlValue = (pkgs.formats.toml { }).type;

  /**
    An option that turns on a tool's integration with `shell`.
  */
  integration = shell: mkOption {
    type = types.bool;
    default = true;
    description = "Whether ${shell} loads it.";
  };

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
    description = "The ${name} package.";
  };
in
{
  options.programs = {
    starship = {
      enable = enable "the starship prompt";
      package = package "starship";
      settings = mkOption {
        type = tomlValue;
        default = { };
        example = {
          add_newline = false;
        };
        description = "The contents of starship.toml.";
      };
      enableBashIntegration = integration "bash";
      enableZshIntegration = integration "zsh";
      enableFishIntegration = integration "fish";
    };
    direnv = {
      enable = enable "direnv, which loads a directory's .envrc on entering it";
      package = package "direnv";
      config = mkOption {
        type = tomlValue;
        default = { };
        description = "The contents of direnv.toml.";
      };
      nix-direnv = {
        enable = enable "nix-direnv, a faster `use flake` / `use nix` that keeps its environments";
        package = package "nix-direnv";
      };
      silent = enable "silence direnv's messages";
      enableBashIntegration = integration "bash";
      enableZshIntegration = integration "zsh";
      enableFishIntegration = integration "fish";
    };
  };
}
