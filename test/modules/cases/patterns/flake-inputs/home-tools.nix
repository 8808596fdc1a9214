# A home-manager module published by a flake.
{
  _class = "homeManager";
}
