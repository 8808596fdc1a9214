# Scrape the node exporter of every host in the WireGuard mesh.
{ arbor, host, ... }:
let
  mesh = arbor.networks.wg;
in
{
  services.prometheus = {
    enable = true;
    port = host.ports.prometheus;
    scrapeConfigs = [
      {
        job_name = "node";
        static_configs = [ { targets = map (name: "${mesh.addresses.${name}}:9100") mesh.members; } ];
      }
    ];
  };
  services.grafana = {
    enable = true;
    settings.server.http_port = host.ports.grafana;
  };
}
