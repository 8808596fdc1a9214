{
  description = "Homebrew casks the Nix packages do not cover";
  class = "darwin";
}
