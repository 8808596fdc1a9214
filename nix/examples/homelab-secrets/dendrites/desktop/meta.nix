{
  description = "Plasma desktop with PipeWire audio and fonts";
  class = "nixos";
  requires = [ "base" ];
}
