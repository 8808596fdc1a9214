{
  box = {
    dendrites = [ "base" "berlin" "utc" ];
  };
}
