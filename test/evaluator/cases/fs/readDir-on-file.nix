builtins.readDir ../../fixtures/files/hello.txt
