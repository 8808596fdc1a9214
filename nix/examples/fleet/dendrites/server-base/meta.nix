{
  description = "Headless NixOS server defaults";
  class = "nixos";
  requires = [ "common" ];
}
