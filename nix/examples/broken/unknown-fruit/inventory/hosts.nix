{
  box = {
    dendrites = [ "base" ];
    fruits = [ "tape-libary" ];
  };
}
