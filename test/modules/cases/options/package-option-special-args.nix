# mkPackageOption with pkgs from specialArgs, a nested attribute path and an example.
lib:
let
  pkgs = {
    python3Packages.requests = {
      type = "derivation";
      name = "python3-requests-2.31";
    };
    python3Packages.httpx = {
      type = "derivation";
      name = "python3-httpx-0.27";
    };
  };
  e = lib.evalModules {
    specialArgs = { inherit pkgs; };
    modules = [
      (
        { pkgs, ... }:
        {
          options.http.package = lib.mkPackageOption pkgs [ "python3Packages" "requests" ] {
            example = [ "python3Packages" "httpx" ];
            extraDescription = "Used for HTTP.";
          };
        }
      )
    ];
  };
  o = e.options.http.package;
in
{
  name = e.config.http.package.name;
  inherit (o) description defaultText example;
}
