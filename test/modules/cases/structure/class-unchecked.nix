# Without a class argument, _class is not checked.
lib:
let
  e = lib.evalModules {
    modules = [
      { _class = "darwin"; }
      { _class = "nixos"; }
    ];
  };
in
{
  inherit (e) class;
  config = e.config;
}
