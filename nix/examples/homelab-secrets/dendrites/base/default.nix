# Every NixOS machine of the homelab.
{ config, lib, pkgs, ... }:
{
  nix.settings = {
    experimental-features = [
      "nix-command"
      "flakes"
    ];
    trusted-users = [ "@wheel" ];
  };
  nix.gc = {
    automatic = true;
    options = "--delete-older-than 30d";
  };
  time.timeZone = lib.mkDefault "Europe/Berlin";
  i18n.defaultLocale = "en_US.UTF-8";
  environment.systemPackages = with pkgs; [
    git
    htop
    vim
  ];
  # Mail from cron and smartd goes out through the relay; the password is the
  # sops secret declared in meta.nix, decrypted to /run/secrets/smtp/relay-password.
  programs.msmtp = {
    enable = true;
    accounts.default = {
      host = "smtp.example.org";
      port = 587;
      tls = true;
      auth = true;
      user = "homelab@example.org";
      passwordeval = "cat ${config.sops.secrets."smtp/relay-password".path}";
    };
  };
  system.stateVersion = "25.11";
}
