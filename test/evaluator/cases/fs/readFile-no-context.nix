builtins.hasContext (builtins.readFile ../../fixtures/files/hello.txt)
