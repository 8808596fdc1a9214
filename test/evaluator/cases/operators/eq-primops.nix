[ (builtins.add == builtins.add) (map == map) ]
