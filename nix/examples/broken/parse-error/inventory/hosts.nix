{
  box = {
    dendrites = [ "base" ];
  # the closing brace of box is missing
}
