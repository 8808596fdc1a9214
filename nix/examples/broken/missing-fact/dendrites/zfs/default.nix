{ host, ... }: { networking.hostId = host.facts.storage.zfs.hostId; }
