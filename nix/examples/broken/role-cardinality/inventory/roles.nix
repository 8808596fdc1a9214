{
  # A primary and at least one replica.
  database = {
    dendrites = [ "base" ];
    hosts = { min = 2; max = 3; };
  };
}
