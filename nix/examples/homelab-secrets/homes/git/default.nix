# Git, signed with the user's identity from inventory/users.nix; the forge token
# is a sops secret of the user (meta.nix), read by the credential helper.
{ arbor, config, ... }:
{
  programs.git = {
    enable = true;
    settings.user = {
      name = arbor.user.description;
      email = arbor.user.facts.email or "${arbor.user.name}@localhost";
    };
    settings.credential."https://git.home.example".helper =
      "!f() { echo username=${arbor.user.name}; echo \"password=$(cat ${config.sops.secrets."forge/token".path})\"; }; f";
  };
}
