{
  dc = {
    kind = "lan";
    cidr = "10.1.0.0/24";
    description = "Data-centre VLAN";
  };
  wg = {
    kind = "wireguard";
    cidr = "10.100.0.0/24";
    description = "WireGuard mesh between the servers";
  };
  tailnet = {
    kind = "tailscale";
    cidr = "100.64.0.0/10";
    description = "The company tailnet the laptops live on";
  };
}
