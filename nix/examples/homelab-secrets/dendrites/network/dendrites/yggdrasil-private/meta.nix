{
  description = "A private Yggdrasil overlay: peers only with the other members";
  class = "nixos";
  networks = [ "yggdrasil" ];
  facts."yggdrasil.listenPort" = {
    type = "int";
  };
  # Each host's own key (secrets/<host>.yaml): its address in the overlay derives from it.
  secrets."yggdrasil/private-key" = {
    description = "The host's Yggdrasil private key (PEM)";
  };
}
