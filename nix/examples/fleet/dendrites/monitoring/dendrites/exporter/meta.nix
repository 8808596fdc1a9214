{
  description = "Prometheus node exporter, reachable over the WireGuard mesh";
  class = "nixos";
  requires = [ "network/wireguard-mesh" ];
}
