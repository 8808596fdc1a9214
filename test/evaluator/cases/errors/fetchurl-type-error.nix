builtins.fetchurl 1
