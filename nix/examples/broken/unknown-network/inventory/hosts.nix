{
  box = {
    dendrites = [ "base" ];
    networks.lna.address = "10.0.0.2";
  };
}
