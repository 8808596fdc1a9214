{
  description = "What every host shares";
  class = "nixos";
}
