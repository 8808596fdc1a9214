# agenix: secrets/<host>/<name>.age and secrets/shared/<name>.age, each encrypted
# to the hosts that need it and to alice (rules: secrets/secrets.nix).
{
  backend = "agenix";
  admins = [ "alice" ];
}
