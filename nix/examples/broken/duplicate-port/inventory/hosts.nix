{
  box = {
    dendrites = [ "base" ];
    ports = {
      ssh = 22;
      git = 22;
      web = [
        80
        443
      ];
    };
  };
}
