builtins.head (builtins.concatStringsSep "" (builtins.genList (i: "0123456789") 30))
