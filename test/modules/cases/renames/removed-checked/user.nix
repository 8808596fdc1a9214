# Still sets the removed option.
{
  services.old.enable = true;
}
