# Another definition.
{
  list = [ 2 ];
}
