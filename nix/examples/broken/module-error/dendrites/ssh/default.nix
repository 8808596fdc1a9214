# A string plus a number: Nix cannot add them.
{
  services.openssh.enable = "yes" + 1;
}
