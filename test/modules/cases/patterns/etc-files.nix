# An environment.etc-like option: entries named by attribute, with defaults derived from the name.
lib:
let
  fileType = lib.types.submodule (
    { name, config, ... }:
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
        mode = lib.mkOption {
          type = lib.types.str;
          default = "0444";
        };
      };
    }
  );
  e = lib.evalModules {
    modules = [
      { options.environment.etc = lib.mkOption { type = lib.types.attrsOf fileType; }; }
      {
        environment.etc."hosts".text = "127.0.0.1 localhost";
        environment.etc."motd".text = "hello";
      }
      {
        environment.etc."hosts".text = "::1 localhost";
        environment.etc."motd".enable = false;
        environment.etc."ssh/config" = {
          target = "ssh/ssh_config";
          text = "Host *";
          mode = "0400";
        };
      }
    ];
  };
in
lib.filterAttrs (_: f: f.enable) e.config.environment.etc
