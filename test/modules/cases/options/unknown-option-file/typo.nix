# Misspells `enable`.
{
  enabel = true;
}
