throw (builtins.concatStringsSep " " (builtins.genList (i: "word${toString i}") 40))
