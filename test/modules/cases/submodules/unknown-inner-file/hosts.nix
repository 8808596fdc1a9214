# Misspells `address`.
{
  hosts.db.adress = "10.0.0.2";
}
