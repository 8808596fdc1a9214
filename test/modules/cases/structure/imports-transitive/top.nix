# Imports a module that imports another one.
{ lib, ... }:
{
  imports = [ ./middle.nix ];
  names = [ "top" ];
}
