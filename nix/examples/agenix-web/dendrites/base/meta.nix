{
  description = "What every server shares, including the mail relay password";
  class = "nixos";
  secrets."smtp/relay-password" = {
    shared = true;
    description = "Password of the fleet's account at the mail relay";
  };
}
