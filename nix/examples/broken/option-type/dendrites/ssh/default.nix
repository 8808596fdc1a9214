# Ports are numbers, not strings.
{
  services.openssh.enable = true;
  services.openssh.ports = [ "2222" ];
}
