{
  description = "ZFS pools, imported at boot and scrubbed monthly";
  class = "nixos";
  requires = [ "storage" ];
  conflicts = [ "storage/btrfs" ];
  facts = {
    "storage.zfs.hostId" = {
      type = "string";
      match = "[0-9a-f]{8}";
    };
    "storage.zfs.pools" = {
      type = "list";
      nonEmpty = true;
    };
  };
}
