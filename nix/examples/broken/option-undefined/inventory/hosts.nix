{
  box = {
    dendrites = [ "base" "backup" ];
  };
}
