# The assertions option, as NixOS declares it.
{ lib, ... }:
{
  options.assertions = lib.mkOption {
    type = lib.types.listOf lib.types.unspecified;
    internal = true;
    default = [ ];
  };
  options.warnings = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    internal = true;
    default = [ ];
  };
}
