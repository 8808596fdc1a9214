{
  description = "A tape library";
  class = "nixos";
}
