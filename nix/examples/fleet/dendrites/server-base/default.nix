# What every server shares: SSH on the inventory's port, a firewall, no docs.
{ lib, host, ... }:
{
  services.openssh = {
    enable = true;
    ports = [ host.ports.ssh ];
    settings.PasswordAuthentication = false;
  };
  networking.firewall.enable = true;
  documentation.nixos.enable = false;
  security.sudo.wheelNeedsPassword = false;
  boot.loader.systemd-boot.enable = lib.mkDefault true;
  system.stateVersion = "25.11";
}
