builtins.readFile ../../fixtures/files/unicode.txt
