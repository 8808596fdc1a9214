# Stand-in for nixpkgs' profiles/minimal.nix: a smaller system, without
# documentation and the default extra packages.
{ lib, ... }:
{
  documentation.enable = lib.mkDefault false;
  documentation.man.enable = lib.mkDefault false;
  documentation.nixos.enable = lib.mkDefault false;
  environment.defaultPackages = lib.mkDefault [ ];
  programs.command-not-found.enable = lib.mkDefault false;
}
