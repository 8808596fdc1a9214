{
  box = {
    dendrites = [ "postgres" ];
    keys.ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPaCI0Jh1kOBCLyB4U1YBQkSZG8f/vKrQNPrtpmVVMRc box";
  };
}
