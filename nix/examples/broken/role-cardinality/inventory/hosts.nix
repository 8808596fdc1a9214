{
  db1.roles = [ "database" ];
}
