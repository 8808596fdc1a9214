# Declares the option the others define.
{ lib, ... }:
{
  options.names = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.names = [ "bottom" ];
}
