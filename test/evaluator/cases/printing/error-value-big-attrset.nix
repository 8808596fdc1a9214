builtins.head (builtins.listToAttrs (builtins.genList (i: { name = "attr${toString i}"; value = i; }) 30))
