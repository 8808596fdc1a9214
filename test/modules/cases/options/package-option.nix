# mkPackageOption picks its default from a package set passed as a module argument.
lib:
let
  pkgs = {
    hello = {
      type = "derivation";
      name = "hello-2.12";
      outPath = "/nix/store/00000000000000000000000000000000-hello-2.12";
    };
  };
  e = lib.evalModules {
    modules = [
      { _module.args.pkgs = pkgs; }
      (
        { pkgs, ... }:
        {
          options.programs.hello.package = lib.mkPackageOption pkgs "hello" { };
        }
      )
    ];
  };
  o = e.options.programs.hello.package;
in
{
  name = e.config.programs.hello.package.name;
  inherit (o) description defaultText;
  type = o.type.name;
  typeDescription = o.type.description;
}
