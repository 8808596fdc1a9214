# Second declaration.
{ lib, ... }:
{
  options.port = lib.mkOption {
    type = lib.types.int;
    default = 2;
  };
}
