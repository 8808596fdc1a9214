{
  box = {
    dendrites = [ "bsae" ];
  };
}
