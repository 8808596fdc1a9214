# dendrites/storage/dendrites/zfs/meta.nix: a dendrite's meta.nix (a fruit's has the same fields)
{
  description = "ZFS pools and scrubbing";
  class = "nixos";                    # "nixos" (default) | "darwin" | "homeManager" | "any"
  requires = [ "storage" ];           # dendrite ids, resolved transitively
  conflicts = [ "storage/btrfs" ];    # dendrite ids that must not be on the same host
  facts = {                           # what the host must have in `facts`
    "storage.zfs.hostId" = { type = "string"; match = "[0-9a-f]{8}"; };
    "storage.zfs.pools"  = { type = "list"; nonEmpty = true; };
  };
  networks = [ "yggdrasil" ];         # network kinds the host must be a member of
  # fruits = [ "tape-library" ];      # fruits only: fruits the host must also run
  secrets."zfs/encryption-key" = {    # v2: secrets the host needs (see secrets.md)
    owner = "root";                   # optional; group likewise
    mode = "0400";                    # default "0400"
    shared = false;                   # true: one value for every host that selects this
    description = "Key of the encrypted dataset";
  };
}
