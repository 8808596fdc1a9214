{
  server = {
    description = "Headless and always on";
    dendrites = [ "base" "ssh" ];
    fruits = [ ];
    homes = [ ];        # homes for every user of every host with this role
    hosts = { min = 1; max = 3; };   # v2: how many hosts may hold the role
  };
}
