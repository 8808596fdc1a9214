# mkEnableOption: a boolean defaulting to false, with a generated description.
lib:
let
  e = lib.evalModules {
    modules = [ { options.services.web.enable = lib.mkEnableOption "the web server"; } ];
  };
  o = e.options.services.web.enable;
in
{
  inherit (o) default example description;
  type = o.type.name;
  value = e.config.services.web.enable;
}
