# Declares a read-only option with a default.
{ lib, ... }:
{
  options.stateVersion = lib.mkOption {
    type = lib.types.str;
    readOnly = true;
    default = "24.05";
  };
}
