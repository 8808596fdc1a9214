{
  box = {
    dendrites = [ "postgres" ];
  };
}
