{
  description = "A remote Nix builder for the other machines";
  class = "nixos";
  requires = [ "server-base" ];
}
