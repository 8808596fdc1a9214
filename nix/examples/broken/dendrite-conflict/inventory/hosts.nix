{
  box = {
    roles = [ "storage" ];
    dendrites = [ "storage/btrfs" ];
  };
}
