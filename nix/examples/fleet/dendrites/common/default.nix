# Nix itself, the same on Linux and macOS.
{ pkgs, ... }:
{
  nix.settings = {
    experimental-features = [
      "nix-command"
      "flakes"
    ];
    substituters = [ "https://cache.nixos.org" ];
  };
  environment.systemPackages = with pkgs; [
    git
    curl
    jq
  ];
}
