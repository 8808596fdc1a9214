# Declares the option.
{ lib, ... }:
{
  options.list = lib.mkOption {
    type = lib.types.listOf lib.types.int;
    default = [ 0 ];
  };
}
