# Service a, disabled by name.
{
  enabled = [ "a" ];
}
