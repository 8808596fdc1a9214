{
  description = "OpenSSH";
  class = "nixos";
}
