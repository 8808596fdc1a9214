# A systemd-like units option: freeform settings in each unit, lists merged from several modules.
lib:
let
  unitType = lib.types.submodule {
    options = {
      wantedBy = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
      };
      serviceConfig = lib.mkOption {
        type = lib.types.attrsOf (
          lib.types.oneOf [
            lib.types.bool
            lib.types.int
            lib.types.str
          ]
        );
        default = { };
      };
    };
  };
in
(lib.evalModules {
  modules = [
    { options.systemd.services = lib.mkOption { type = lib.types.attrsOf unitType; }; }
    {
      systemd.services.web = {
        wantedBy = [ "multi-user.target" ];
        serviceConfig = {
          ExecStart = "/bin/web";
          Restart = "always";
        };
      };
    }
    {
      systemd.services.web.serviceConfig = {
        Restart = lib.mkForce "on-failure";
        TimeoutSec = 30;
        DynamicUser = true;
      };
      systemd.services.web.wantedBy = [ "web.target" ];
    }
  ];
}).config.systemd.services
