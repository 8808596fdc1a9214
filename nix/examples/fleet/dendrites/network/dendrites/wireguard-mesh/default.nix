# wg0: this host's mesh address; every other member is a peer, reached over
# its data-centre address. The private key is provisioned out of band.
{ lib, arbor, host, ... }:
let
  mesh = arbor.networks.wg;
  others = lib.filter (name: name != host.name) mesh.members;
  peer = name: {
    publicKey = arbor.hosts.${name}.facts.wireguard.publicKey;
    allowedIPs = [ "${mesh.addresses.${name}}/32" ];
    endpoint = "${arbor.hosts.${name}.networks.dc.address}:${toString arbor.hosts.${name}.facts.wireguard.listenPort}";
  };
in
{
  networking.wireguard.interfaces.wg0 = {
    ips = [ "${host.networks.wg.address}/24" ];
    listenPort = host.facts.wireguard.listenPort;
    privateKeyFile = "/var/lib/wireguard/private.key";
    peers = map peer others;
  };
  networking.firewall.allowedUDPPorts = [ host.facts.wireguard.listenPort ];
}
