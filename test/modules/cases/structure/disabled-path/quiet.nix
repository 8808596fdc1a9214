# Stays.
{
  volume = [ "quiet" ];
}
