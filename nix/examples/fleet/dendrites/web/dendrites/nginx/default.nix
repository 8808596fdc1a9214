{ host, ... }:
{
  services.nginx = {
    enable = true;
    recommendedTlsSettings = true;
    recommendedProxySettings = true;
    virtualHosts."${host.name}.example.com" = {
      enableACME = true;
      forceSSL = true;
      locations."/".proxyPass = "http://127.0.0.1:8080";
    };
  };
  security.acme = {
    acceptTerms = true;
    defaults.email = "ops@example.com";
  };
  networking.firewall.allowedTCPPorts = host.ports.http;
}
