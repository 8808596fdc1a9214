{
  description = "OpenSSH with keys only, on the port from the inventory";
  class = "nixos";
  requires = [ "base" ];
}
