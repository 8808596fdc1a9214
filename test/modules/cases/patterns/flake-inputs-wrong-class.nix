# Flake style: a home-manager module from an input imported into a NixOS host.
lib:
let
  inputs.tools.homeModules.default = ./flake-inputs/home-tools.nix;
in
(lib.evalModules {
  class = "nixos";
  specialArgs = { inherit inputs; };
  modules = [ { imports = [ inputs.tools.homeModules.default ]; } ];
}).config
