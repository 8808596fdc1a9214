{
  description = "Bacula director and file daemon writing to the tape library";
  class = "nixos";
  requires = [ "storage/zfs" ];
  fruits = [ "tape-library" ];
}
