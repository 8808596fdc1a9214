{
  box = {
    dendrites = [ "web" ];
  };
}
