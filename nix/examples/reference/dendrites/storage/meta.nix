{
  description = "Common storage tooling";
  class = "nixos";
  requires = [ "base" ];
}
