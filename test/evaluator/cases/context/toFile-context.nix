builtins.getContext (builtins.toFile "f.txt" "content")
