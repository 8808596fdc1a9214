{
  box = {
    dendrites = [ "base" "ssh" ];
  };
}
