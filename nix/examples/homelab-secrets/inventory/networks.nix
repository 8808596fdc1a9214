# Networks the hosts can be members of.
{
  lan = {
    kind = "lan";
    cidr = "10.0.0.0/24";
    description = "The home LAN";
  };
  ygg = {
    kind = "yggdrasil";
    private = true;
    description = "Private Yggdrasil overlay between the homelab machines";
  };
}
