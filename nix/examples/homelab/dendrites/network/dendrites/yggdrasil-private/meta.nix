{
  description = "A private Yggdrasil overlay: peers only with the other members";
  class = "nixos";
  networks = [ "yggdrasil" ];
  facts."yggdrasil.listenPort" = {
    type = "int";
  };
}
