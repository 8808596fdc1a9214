{
  lan = { kind = "lan"; cidr = "10.0.0.0/24"; description = "Home LAN"; };
  ygg = { kind = "yggdrasil"; private = true; };
}
