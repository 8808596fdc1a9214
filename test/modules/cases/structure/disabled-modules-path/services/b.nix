# Service b.
{
  enabled = [ "b" ];
}
