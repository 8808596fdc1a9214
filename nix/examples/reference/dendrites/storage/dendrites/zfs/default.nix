# ZFS, configured from the host's facts.storage.zfs.
{ host, ... }:
let
  zfs = host.facts.storage.zfs;
in
{
  boot.supportedFilesystems = [ "zfs" ];
  boot.zfs.extraPools = zfs.pools;
  boot.zfs.forceImportRoot = false;
  networking.hostId = zfs.hostId;
}
