builtins.toFile "hello.txt" "Hello, world!\n"
