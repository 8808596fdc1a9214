builtins.substring 0 6 ../../fixtures/files/hello.txt
