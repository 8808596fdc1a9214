# Overridden by the others: not among `files`.
{ lib, ... }:
{
  list = lib.mkDefault [ 3 ];
}
