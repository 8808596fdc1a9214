{
  description = "ZFS";
  class = "nixos";
  conflicts = [ "storage/btrfs" ];
}
