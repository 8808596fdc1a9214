builtins.stringLength (builtins.concatStringsSep "" (builtins.genList (i: "abcdefghij") 10000))
