{
  backend = "sops";       # "sops" (sops-nix, the default) | "agenix"
  admins = [ "alice" ];   # users who can decrypt (and so edit) every secrets file
}
