builtins.readFile ../../fixtures/files/no-newline.txt
