{
  description = "A public status page served by nginx";
  class = "nixos";
  requires = [ "web/nginx" ];
}
