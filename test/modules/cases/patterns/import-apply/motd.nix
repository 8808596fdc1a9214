# A module that takes a static argument before the module arguments.
{ site }:
{ ... }:
{
  motd = "welcome to ${site}";
}
