builtins.readFile ../../fixtures/files/empty.txt
