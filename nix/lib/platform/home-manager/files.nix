# Files in the home (`home.file`) and in the XDG directories
# (`xdg.configFile`, `xdg.dataFile`), and where those directories are. A
# file given as `text` gets a `source` (a placeholder store file), as Home
# Manager makes one with `pkgs.writeTextFile`; `target` is the attribute
# name, relative to the base directory.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };
  home = config.home.homeDirectory;

  /**
    The type of `home.file` and its siblings: files by target path, under `base`.
  */
  fileType =
    base:
    types.attrsOf (
      platformTypes.openSubmodule (
        { name, config, ... }:
        {
          options = {
            enable = mkOption {
              type = types.bool;
              default = true;
              description = "Whether the file is created.";
            };
            target = mkOption {
              type = types.nonEmptyStr;
              description = "Where the file goes, relative to ${base}; the attribute name unless set.";
            };
            text = mkOption {
              type = types.nullOr types.lines;
              default = null;
              description = "The contents of the file, when it is not given as `source`.";
            };
            source = mkOption {
              type = types.path;
              description = "The file (or directory) linked into place.";
            };
            executable = mkOption {
              type = types.nullOr types.bool;
              default = null;
              description = "Whether the file is executable; `null` keeps the source's mode.";
            };
            recursive = mkOption {
              type = types.bool;
              default = false;
              description = "For a directory: whether its files are linked one by one instead of the directory as a whole.";
            };
            force = mkOption {
              type = types.bool;
              default = false;
              description = "Whether an existing file in the way is replaced.";
            };
            onChange = mkOption {
              type = types.lines;
              default = "";
              description = "Shell commands run after the file changed.";
            };
          };
          config = {
            target = lib.mkDefault name;
            source = lib.mkIf (config.text != null) (
              lib.mkDefault (
                pkgs.writeTextFile {
                  name = "hm_" + lib.replaceStrings [ "/" " " ] [ "-" "-" ] (baseNameOf name);
                  inherit (config) text;
                  executable = config.executable == true;
                }
              )
            );
          };
        }
      )
    );

  /**
    An option for a directory, with its default and description.
  */
  directory = default: description: mkOption {
    type = types.path;
    inherit default description;
    apply = toString;
  };
in
{
  options = {
    home.file = mkOption {
      type = fileType "the home directory";
      default = { };
      example = {
        ".inputrc".text = "set editing-mode vi\n";
      };
      description = "Files in the home directory, by path relative to it.";
    };

    xdg = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the XDG base directory variables are set in the session.";
      };
      configHome = directory "${home}/.config" "The XDG config directory (XDG_CONFIG_HOME).";
      dataHome = directory "${home}/.local/share" "The XDG data directory (XDG_DATA_HOME).";
      cacheHome = directory "${home}/.cache" "The XDG cache directory (XDG_CACHE_HOME).";
      stateHome = directory "${home}/.local/state" "The XDG state directory (XDG_STATE_HOME).";
      configFile = mkOption {
        type = fileType "xdg.configHome";
        default = { };
        description = "Files in the XDG config directory, by path relative to it.";
      };
      dataFile = mkOption {
        type = fileType "xdg.dataHome";
        default = { };
        description = "Files in the XDG data directory, by path relative to it.";
      };
    };
  };
}
