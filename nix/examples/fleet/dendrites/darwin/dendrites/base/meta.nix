{
  description = "nix-darwin defaults for the company MacBooks";
  class = "darwin";
  requires = [ "common" ];
}
