{
  description = "Git with the user's name and e-mail from the inventory";
  class = "homeManager";
  requires = [ "shell" ];
  # The user's own (secrets/home/<user>.yaml), decrypted by Home Manager's sops-nix module.
  secrets."forge/token" = {
    description = "The user's access token for the homelab's Git forge";
  };
}
