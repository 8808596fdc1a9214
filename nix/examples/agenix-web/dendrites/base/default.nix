{ config, ... }:
{
  programs.msmtp = {
    enable = true;
    accounts.default = {
      host = "smtp.example.org";
      auth = true;
      user = "servers@example.org";
      passwordeval = "cat ${config.age.secrets."smtp/relay-password".path}";
    };
  };
  system.stateVersion = "25.11";
}
