{ config, host, ... }:
{
  services.nginx = {
    enable = true;
    virtualHosts.${host.deploy.targetHost} = {
      onlySSL = true;
      sslCertificate = "/var/lib/certs/${host.name}.crt";
      sslCertificateKey = config.age.secrets."tls/key".path;
    };
  };
}
