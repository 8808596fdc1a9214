# Stand-in for nixpkgs' profiles/headless.nix: a machine without a screen,
# which reboots instead of waiting at a kernel panic.
{ lib, ... }:
{
  boot.kernelParams = [
    "panic=1"
    "boot.panic_on_fail"
  ];
  systemd.enableEmergencyMode = lib.mkDefault false;
}
