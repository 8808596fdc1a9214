{
  box = {
    roles = [ "sever" ];
  };
}
