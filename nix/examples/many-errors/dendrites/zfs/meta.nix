{
  description = "ZFS";
  class = "nixos";
  facts."storage.zfs.hostId" = {
    type = "string";
    match = "[0-9a-f]{8}";
    required = true;
  };
  facts."storage.zfs.pools".type = "list";
}
