{ config, ... }:
{
  # The option reads its own final value.
  users.motd = "Welcome to ${config.users.motd}";
}
