builtins.readFile ../../fixtures/files/hello.txt
