let f = builtins.toFile "a" "a"; in builtins.toFile "b" "ref: ${f}"
