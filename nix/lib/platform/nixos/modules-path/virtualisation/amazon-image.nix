# Stand-in for nixpkgs' virtualisation/amazon-image.nix: an EC2 instance,
# headless, booting with GRUB from its root volume labelled "nixos" and
# reachable over SSH.
{ lib, ... }:
{
  imports = [ ../profiles/headless.nix ];
  fileSystems."/" = lib.mkDefault {
    device = "/dev/disk/by-label/nixos";
    fsType = "ext4";
    autoResize = true;
  };
  boot.loader.grub.device = lib.mkDefault "nodev";
  boot.growPartition = true;
  services.openssh.enable = true;
  services.openssh.settings.PermitRootLogin = lib.mkDefault "prohibit-password";
}
