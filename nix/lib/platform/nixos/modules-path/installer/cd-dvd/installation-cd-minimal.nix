# Stand-in for nixpkgs' installer/cd-dvd/installation-cd-minimal.nix: a
# minimal installer ISO, which boots on any hardware and runs sshd.
{ lib, ... }:
{
  imports = [
    ../../profiles/minimal.nix
    ../../profiles/all-hardware.nix
  ];
  isoImage.edition = lib.mkDefault "minimal";
  services.openssh.enable = true;
  networking.wireless.enable = lib.mkDefault true;
}
