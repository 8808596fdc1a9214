{
  description = "Nix settings, locale, time zone, mail relay and the inventory's users";
  class = "nixos";
  # One value for every host: all of them send mail through the same relay.
  secrets."smtp/relay-password" = {
    shared = true;
    description = "Password of the homelab's account at the mail relay";
  };
}
