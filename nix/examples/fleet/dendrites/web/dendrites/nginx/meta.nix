{
  description = "nginx with ACME certificates";
  class = "nixos";
  requires = [ "server-base" ];
}
