# Yggdrasil that peers with the other members of the host's yggdrasil
# network over their LAN addresses, and listens nowhere else.
{ config, lib, host, arbor, ... }:
let
  overlay = lib.head (lib.attrNames (lib.filterAttrs (_: m: m.kind == "yggdrasil") host.networks));
  port = host.facts.yggdrasil.listenPort;
  others = lib.filter (name: name != host.name) arbor.networks.${overlay}.members;
  lanAddress = name: arbor.hosts.${name}.networks.lan.address or null;
  peers = lib.filter (a: a != null) (map lanAddress others);
in
{
  services.yggdrasil = {
    enable = true;
    settings = {
      # The key comes from sops (meta.nix), not from a key generated on first start.
      PrivateKeyPath = config.sops.secrets."yggdrasil/private-key".path;
      Listen = [ "tls://0.0.0.0:${toString port}" ];
      Peers = map (address: "tls://${address}:${toString port}") peers;
      MulticastInterfaces = [ ];
      IfName = "ygg0";
    };
  };
  networking.firewall.allowedTCPPorts = [ port ];
}
