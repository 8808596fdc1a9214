# Graphical applications for people on a desktop.
{ pkgs, ... }:
{
  home.packages = with pkgs; [
    keepassxc
    vlc
  ];
  programs.firefox.enable = true;
}
