builtins.readFile "${toString ../../fixtures/files/hello.txt}"
