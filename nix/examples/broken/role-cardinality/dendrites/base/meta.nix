{
  description = "Nix settings every host shares";
  class = "nixos";
}
