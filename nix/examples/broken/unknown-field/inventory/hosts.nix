# `dendrite` should be `dendrites`.
{
  box = {
    dendrite = [ "base" ];
  };
}
