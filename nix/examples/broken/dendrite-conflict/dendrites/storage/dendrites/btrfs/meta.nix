{
  description = "btrfs";
  class = "nixos";
  conflicts = [ "storage/zfs" ];
}
