# Disabled by the case.
{
  volume = [ "loud" ];
}
