# A package option can be set to another package.
lib:
let
  pkgs = {
    hello = {
      type = "derivation";
      name = "hello-2.12";
    };
  };
in
(lib.evalModules {
  modules = [
    { options.pkg = lib.mkPackageOption pkgs "hello" { }; }
    {
      pkg = {
        type = "derivation";
        name = "hello-custom";
      };
    }
  ];
}).config.pkg.name
