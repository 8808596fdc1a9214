# Only for NixOS.
{
  _class = "nixos";
}
