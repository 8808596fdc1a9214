# Declares which services are enabled.
{ lib, ... }:
{
  options.enabled = lib.mkOption { type = lib.types.listOf lib.types.str; };
}
