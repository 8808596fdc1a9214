{
  backend = "sops";
  admins = [ "alice" ];
}
