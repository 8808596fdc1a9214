# Declares the volume as a list of settings.
{ lib, ... }:
{
  options.volume = lib.mkOption { type = lib.types.listOf lib.types.str; };
}
