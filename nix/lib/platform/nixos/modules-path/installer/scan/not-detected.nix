# Stand-in for nixpkgs' installer/scan/not-detected.nix, which
# nixos-generate-config imports for hardware it cannot detect: it turns on
# the redistributable firmware.
{ lib, ... }:
{
  hardware.enableRedistributableFirmware = lib.mkDefault true;
}
