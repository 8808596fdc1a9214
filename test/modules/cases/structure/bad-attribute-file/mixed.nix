# Mixes an explicit config with a shorthand definition.
{ lib, ... }:
{
  options.a = lib.mkOption { default = 1; };
  config.a = 2;
  b = 3;
}
