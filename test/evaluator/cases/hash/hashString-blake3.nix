builtins.hashString "blake3" "x"
