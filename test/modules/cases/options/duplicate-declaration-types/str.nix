# Declares a string.
{ lib, ... }:
{
  options.value = lib.mkOption { type = lib.types.str; };
}
