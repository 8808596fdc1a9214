{
  description = "Backups to tape";
  class = "nixos";
  fruits = [ "tape-library" ];
}
