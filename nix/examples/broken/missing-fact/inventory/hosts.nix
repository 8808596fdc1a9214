{
  box = {
    dendrites = [
      "base"
      "zfs"
    ];
    facts.storage.pools = [ "tank" ];
  };
}
