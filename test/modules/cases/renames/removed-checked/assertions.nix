# Declares assertions and a plain option.
{ lib, ... }:
{
  options.assertions = lib.mkOption {
    type = lib.types.listOf lib.types.unspecified;
    default = [ ];
  };
  options.ok = lib.mkOption { default = true; };
}
