{
  laptop = {
    system = "aarch64-darwin";
    dendrites = [ "base" ];
  };
}
