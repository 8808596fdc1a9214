builtins.replaceStrings [ 1 ] [ "x" ] "1"
