{
  description = "Base";
  class = "nixos";
  requires = [ "zsf" ];
}
