# mkMergedOptionModule combines several old options into one new option.
lib:
(lib.evalModules {
  modules = [
    (lib.mkMergedOptionModule [ [ "host" ] [ "port" ] ] [ "address" ] (
      config: "${config.host}:${toString config.port}"
    ))
    {
      options.address = lib.mkOption { type = lib.types.str; };
      options.warnings = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
      };
    }
    {
      _file = "user.nix";
      host = "example.org";
      port = 443;
    }
  ];
}).config
