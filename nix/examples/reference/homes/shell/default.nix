# A comfortable shell everywhere.
{ pkgs, ... }:
{
  programs.bash.enable = true;
  programs.starship.enable = true;
  programs.direnv = {
    enable = true;
    nix-direnv.enable = true;
  };
  home.packages = with pkgs; [
    ripgrep
    fd
    jq
  ];
}
