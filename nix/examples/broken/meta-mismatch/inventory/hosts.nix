{
  box = {
    dendrites = [ "ssh" ];
  };
}
