{
  description = "A web server";
  requires = [ "tls" ];
}
