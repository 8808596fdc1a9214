# Flake style: modules from `inputs` given through specialArgs are imported by a host module.
lib:
let
  inputs.tools.nixosModules.default = ./flake-inputs/tools.nix;
in
(lib.evalModules {
  class = "nixos";
  specialArgs = { inherit inputs; };
  modules = [ ./flake-inputs/host.nix ];
}).config.tools
