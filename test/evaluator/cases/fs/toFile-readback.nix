builtins.readFile (builtins.toFile "r" "roundtrip")
