# Imports a NixOS module into a home-manager evaluation.
{
  imports = [ ./nixos-only.nix ];
}
