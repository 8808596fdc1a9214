# Stand-in for nixpkgs' profiles/hardened.nix: the hardened kernel and the
# restrictions that profile turns on by default.
{ pkgs, lib, ... }:
{
  boot.kernelPackages = lib.mkDefault pkgs.linuxPackages_hardened;
  security.lockKernelModules = lib.mkDefault true;
  security.protectKernelImage = lib.mkDefault true;
  security.apparmor.enable = lib.mkDefault true;
  nix.settings.allowed-users = lib.mkDefault [ "@users" ];
}
