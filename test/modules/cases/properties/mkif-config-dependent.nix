# A condition may read config, including the option the mkIf belongs to a sibling of.
lib:
(lib.evalModules {
  modules = [
    {
      options.enable = lib.mkEnableOption "it";
      options.ports = lib.mkOption {
        type = lib.types.listOf lib.types.port;
        default = [ ];
      };
    }
    (
      { config, ... }:
      {
        config = lib.mkIf config.enable { ports = [ 80 ]; };
      }
    )
    { enable = true; }
  ];
}).config
