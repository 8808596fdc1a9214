{
  description = "OpenSSH";
  class = "nixos";
  requires = "base";
}
