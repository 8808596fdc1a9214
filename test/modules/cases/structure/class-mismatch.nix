# A module of another class is rejected.
lib:
(lib.evalModules {
  class = "nixos";
  modules = [
    {
      _class = "darwin";
      _file = "darwin-module.nix";
    }
  ];
}).config
