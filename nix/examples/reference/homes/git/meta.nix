{
  description = "Git with the user's name and e-mail from the inventory";
  class = "homeManager";
  requires = [ "shell" ];
}
