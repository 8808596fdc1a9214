# Declares an int.
{ lib, ... }:
{
  options.value = lib.mkOption { type = lib.types.int; };
}
