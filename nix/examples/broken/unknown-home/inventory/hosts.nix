{
  box = {
    users = [ "alice" ];
    dendrites = [ "base" ];
  };
}
