# mkPackageOption's `default` names another attribute than the option name.
lib:
let
  pkgs = {
    nginx = {
      type = "derivation";
      name = "nginx-1.26";
    };
    nginxMainline = {
      type = "derivation";
      name = "nginx-1.27";
    };
  };
  e = lib.evalModules {
    modules = [
      (
        { ... }:
        {
          options.web.package = lib.mkPackageOption pkgs "nginx" { default = [ "nginxMainline" ]; };
        }
      )
    ];
  };
in
{
  name = e.config.web.package.name;
  inherit (e.options.web.package) defaultText description;
}
