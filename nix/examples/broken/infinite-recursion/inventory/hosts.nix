{
  box = {
    dendrites = [ "base" "motd" ];
  };
}
