# mkChangedOptionModule maps an old option's value to a new option.
lib:
(lib.evalModules {
  modules = [
    (lib.mkChangedOptionModule [ "useTls" ] [ "scheme" ] (config: if config.useTls then "https" else "http"))
    {
      options.scheme = lib.mkOption {
        type = lib.types.str;
        default = "http";
      };
      options.warnings = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
      };
    }
    {
      _file = "user.nix";
      useTls = true;
    }
  ];
}).config
