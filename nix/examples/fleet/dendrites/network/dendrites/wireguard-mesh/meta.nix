{
  description = "A full WireGuard mesh between the members of the wireguard network";
  class = "nixos";
  networks = [ "wireguard" ];
  facts = {
    "wireguard.publicKey" = {
      type = "string";
      match = "[A-Za-z0-9+/]{43}=";
    };
    "wireguard.listenPort" = {
      type = "int";
    };
  };
}
