builtins.toJSON ../../fixtures/files/hello.txt
