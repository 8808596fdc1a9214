# Back the ZFS pools up to tape. The director's password is a sops secret
# (meta.nix), included into Bacula's configuration from the decrypted file.
{ config, host, ... }:
let
  password = "@${config.sops.secrets."bacula/director-password".path}";
in
{
  services.bacula-dir = {
    enable = true;
    name = "${host.name}-dir";
    inherit password;
  };
  services.bacula-fd = {
    enable = true;
    name = "${host.name}-fd";
    director."${host.name}-dir" = { inherit password; };
  };
}
