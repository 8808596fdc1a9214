{ pkgs, host, ... }:
{
  services.postgresql = {
    enable = true;
    package = pkgs.postgresql_17;
    ensureDatabases = host.facts.postgres.databases;
    ensureUsers = map (name: {
      inherit name;
      ensureDBOwnership = true;
    }) host.facts.postgres.databases;
    settings.listen_addresses = host.networks.wg.address;
  };
  networking.firewall.interfaces.wg0.allowedTCPPorts = [ host.ports.postgres ];
}
