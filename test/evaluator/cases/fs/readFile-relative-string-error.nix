builtins.readFile "files/hello.txt"
