# Adds one element.
{
  items = [ 1 ];
}
