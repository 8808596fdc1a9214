{ config, ... }:
{
  services.postgresql.enable = true;
  systemd.services.postgresql.serviceConfig.LoadCredential = [
    "app-password:${config.age.secrets."postgres/app-password".path}"
  ];
}
