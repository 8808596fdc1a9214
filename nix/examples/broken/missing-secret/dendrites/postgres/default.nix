{ config, ... }:
{
  services.postgresql.enable = true;
  environment.etc."postgres-app-password".source = config.sops.secrets."postgres/app-password".path;
  system.stateVersion = "25.11";
}
