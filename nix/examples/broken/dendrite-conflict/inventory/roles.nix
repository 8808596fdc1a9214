{
  storage.dendrites = [
    "base"
    "storage/zfs"
  ];
}
