{
  description = "ACME certificates";
  requires = [ "proxy" ];
}
