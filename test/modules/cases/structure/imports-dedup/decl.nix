# Declares a list option.
{ lib, ... }:
{
  options.items = lib.mkOption { type = lib.types.listOf lib.types.int; };
}
