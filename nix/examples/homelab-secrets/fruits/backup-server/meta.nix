{
  description = "Bacula director and file daemon writing to the tape library";
  class = "nixos";
  requires = [ "storage/zfs" ];
  fruits = [ "tape-library" ];
  secrets."bacula/director-password" = {
    owner = "bacula";
    group = "bacula";
    mode = "0440";
    description = "Password the file daemon and the director share";
  };
}
