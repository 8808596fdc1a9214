# One definition.
{
  list = [ 1 ];
}
