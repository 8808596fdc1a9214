# A home-manager-like home.file option with `enable` filtering and source or text.
lib:
let
  e = lib.evalModules {
    class = "homeManager";
    modules = [
      {
        _class = "homeManager";
        options.home.file = lib.mkOption {
          type = lib.types.attrsOf (
            lib.types.submodule (
              { name, ... }:
              {
                options = {
                  enable = lib.mkOption {
                    type = lib.types.bool;
                    default = true;
                  };
                  target = lib.mkOption {
                    type = lib.types.str;
                    default = name;
                  };
                  text = lib.mkOption {
                    type = lib.types.nullOr lib.types.lines;
                    default = null;
                  };
                  executable = lib.mkOption {
                    type = lib.types.nullOr lib.types.bool;
                    default = null;
                  };
                };
              }
            )
          );
          default = { };
        };
      }
      {
        home.file.".bashrc".text = "alias ll='ls -l'";
        home.file.".profile" = {
          text = "export EDITOR=vi";
          enable = false;
        };
        home.file."bin/hello" = {
          text = "echo hello";
          executable = true;
        };
      }
    ];
  };
in
lib.mapAttrsToList (n: f: "${f.target}: ${f.text}") (lib.filterAttrs (_: f: f.enable) e.config.home.file)
