# Secrets: sops-nix decrypts secrets/<host>.yaml and secrets/shared.yaml on
# the hosts; alice can decrypt (and so edit) every file.
{
  backend = "sops";
  admins = [ "alice" ];
}
