# A hostname option restricted by a pattern, with a default derived from another option.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.networking.hostName = lib.mkOption {
          type = lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
          default = "nixos";
        };
        options.networking.fqdn = lib.mkOption {
          type = lib.types.str;
          default = "${config.networking.hostName}.${config.networking.domain}";
        };
        options.networking.domain = lib.mkOption {
          type = lib.types.str;
          default = "local";
        };
      }
    )
    { networking.hostName = "web-01"; }
  ];
}).config.networking
