# Back the ZFS pools up to tape.
{ host, ... }:
{
  services.bacula-dir = {
    enable = true;
    name = "${host.name}-dir";
    password = "change-me"; # use a secrets manager in real life
  };
  services.bacula-fd = {
    enable = true;
    name = "${host.name}-fd";
    director."${host.name}-dir".password = "change-me";
  };
}
