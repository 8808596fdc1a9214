{
  box = {
    dendrites = [ "base" ];
    fruits = [ "backup-server" ];
  };
}
