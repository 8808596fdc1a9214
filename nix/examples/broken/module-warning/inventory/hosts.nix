{
  box = {
    dendrites = [ "base" "legacy" ];
  };
}
