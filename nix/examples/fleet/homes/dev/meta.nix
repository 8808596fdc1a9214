{
  description = "Developer tools on top of the shell";
  class = "homeManager";
  requires = [ "shell" ];
}
