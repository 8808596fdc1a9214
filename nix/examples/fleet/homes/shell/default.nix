{ pkgs, ... }:
{
  programs.zsh.enable = true;
  programs.starship.enable = true;
  home.packages = with pkgs; [
    ripgrep
    fd
  ];
}
