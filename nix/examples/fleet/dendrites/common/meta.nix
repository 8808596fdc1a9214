{
  description = "Nix settings shared by NixOS and nix-darwin";
  class = "any";
}
