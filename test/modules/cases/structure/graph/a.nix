# Imports b.nix, which the case disables.
{
  imports = [ ./b.nix ];
}
