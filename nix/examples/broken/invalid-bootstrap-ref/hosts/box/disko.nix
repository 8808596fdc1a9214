# The layout is here, but bootstrap.disko names disk-layout.nix.
{ disko.devices.disk.main.device = "/dev/sda"; }
