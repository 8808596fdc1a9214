# Disk tooling every storage machine wants.
{ pkgs, ... }:
{
  environment.systemPackages = with pkgs; [
    smartmontools
    hdparm
    lsof
  ];
  services.smartd.enable = true;
}
