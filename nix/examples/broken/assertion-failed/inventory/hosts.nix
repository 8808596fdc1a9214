{
  box = {
    dendrites = [ "base" "remote" ];
  };
}
