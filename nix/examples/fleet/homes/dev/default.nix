{ pkgs, arbor, ... }:
{
  programs.git = {
    enable = true;
    settings.user = {
      name = arbor.user.description;
      email = arbor.user.facts.email;
    };
  };
  home.packages = with pkgs; [
    nixd
    nixfmt
  ];
}
