{
  box = {
    dendrites = [ "base" ];
    networks.lan.address = "10.0.0.2";
    deploy.network = "wan";
  };
}
