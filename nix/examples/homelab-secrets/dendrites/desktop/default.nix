# A Plasma 6 desktop.
{ pkgs, ... }:
{
  services.displayManager.sddm.enable = true;
  services.desktopManager.plasma6.enable = true;
  services.printing.enable = true;
  environment.systemPackages = with pkgs; [
    firefox
    thunderbird
  ];
}
