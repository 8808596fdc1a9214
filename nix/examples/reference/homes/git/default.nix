# Git, with the user's identity from inventory/users.nix.
{ arbor, ... }:
{
  programs.git = {
    enable = true;
    settings.user = {
      name = arbor.user.description;
      email = arbor.user.facts.email or "${arbor.user.name}@localhost";
    };
  };
}
