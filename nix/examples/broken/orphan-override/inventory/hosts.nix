{
  box = {
    dendrites = [ "base" ];
  };
}
