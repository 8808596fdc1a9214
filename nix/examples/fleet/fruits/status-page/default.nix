{ pkgs, host, ... }:
{
  services.uptime-kuma = {
    enable = true;
    settings.PORT = "8080";
  };
  services.nginx.virtualHosts."${host.name}.example.com".locations."/".proxyPass =
    pkgs.lib.mkForce "http://127.0.0.1:8080";
}
