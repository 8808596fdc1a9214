# Declares an option without a default.
{ lib, ... }:
{
  options.networking.hostId = lib.mkOption { type = lib.types.strMatching "[0-9a-f]{8}"; };
}
