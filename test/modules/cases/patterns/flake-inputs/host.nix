# A host that imports a module from a flake input.
{ inputs, ... }:
{
  imports = [ inputs.tools.nixosModules.default ];
  tools.enable = true;
}
