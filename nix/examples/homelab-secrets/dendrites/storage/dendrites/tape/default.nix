# Tape drives and the changer, readable by the `tape` group.
{ pkgs, host, ... }:
{
  boot.kernelModules = [
    "st"
    "sg"
  ];
  environment.systemPackages = with pkgs; [
    mt-st
    mtx
  ];
  users.groups.tape = { };
  services.udev.extraRules = builtins.concatStringsSep "\n" (
    map (device: ''KERNEL=="${baseNameOf device}", GROUP="tape", MODE="0660"'') host.facts.tape.devices
  );
}
