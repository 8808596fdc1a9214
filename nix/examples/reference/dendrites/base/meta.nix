{
  description = "Nix settings, locale, time zone and the inventory's users";
  class = "nixos";
}
