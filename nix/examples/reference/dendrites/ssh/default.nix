# SSH server; the port is the host's `ports.ssh` fact.
{ host, ... }:
{
  services.openssh = {
    enable = true;
    ports = [ (host.ports.ssh or 22) ];
    settings = {
      PasswordAuthentication = false;
      PermitRootLogin = "prohibit-password";
    };
  };
}
