{
  box = {
    dendrites = [ "base" ];
    ports = {
      ssh = 22;
      web = 80800;
    };
  };
}
