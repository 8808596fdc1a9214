# optionAttrSetToDocList flattens the option tree for documentation (selected fields).
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.services.web = {
          enable = lib.mkEnableOption "web";
          port = lib.mkOption {
            type = lib.types.port;
            default = 80;
            description = "Port.";
          };
          secret = lib.mkOption {
            type = lib.types.str;
            internal = true;
            visible = false;
            description = "Hidden.";
          };
        };
      }
    ];
  };
in
map (o: {
  inherit (o)
    name
    description
    type
    readOnly
    visible
    internal
    loc
    ;
  default = o.default or null;
}) (lib.optionAttrSetToDocList (removeAttrs e.options [ "_module" ]))
